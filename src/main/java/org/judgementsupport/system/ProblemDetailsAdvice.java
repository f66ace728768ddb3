package org.judgementsupport.system;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolation;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every error the API returns is an RFC 7807 problem: a stable {@code type}, a title for people, a detail saying what
 * to do, and for bad evidence every field error at once. Nothing is evaluated or changed when a problem is returned.
 *
 * <p>Features refuse a request by throwing a {@link Refusal}, which carries its problem and is answered here through
 * Spring's handling of {@code ErrorResponseException}; the rest of this class gives Spring's own errors (unreadable
 * bodies, wrong parameters, unsupported media types) the same shape, and anything unexpected a 500 that says nothing
 * of the service's insides.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    /**
     * A multipart body that cannot be read, e.g. "multipart/form-data" with no boundary. Spring reads multipart bodies
     * before it picks the endpoint, so this can arrive at any endpoint; over-size uploads have their own answer below.
     */
    @ExceptionHandler(MultipartException.class)
    ProblemDetail malformedMultipart(MultipartException failure) {
        ProblemDetail problem = Problems.problem(HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED_MULTIPART, "The multipart body cannot be read",
                "The body is declared multipart/form-data but cannot be read as such: the Content-Type header must give the boundary "
                        + "(multipart/form-data; boundary=…) and the body must use it. Nothing was read or stored.");
        problem.setProperty("errors", List.of(new FieldProblem("Content-Type", null, "must be multipart/form-data with a boundary that the body uses")));
        return problem;
    }

    /**
     * Access refused inside a request is Spring Security's to answer, as when it is refused before one: handing it on
     * keeps the catch-all below from making it a 500.
     */
    @ExceptionHandler(AccessDeniedException.class)
    void accessDenied(AccessDeniedException denied) {
        throw denied;
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception failure) {
        log.error("Unexpected failure", failure);
        ProblemDetail problem = Problems.problem(HttpStatus.INTERNAL_SERVER_ERROR, ProblemTypes.INTERNAL_ERROR, "Internal error",
                "Something went wrong on our side; nothing was saved. Try again, and report it if it keeps happening.");
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException failure, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        RequestTooLargeException tooLarge = causeOf(failure, RequestTooLargeException.class);
        if (tooLarge != null) {
            ProblemDetail problem = Problems.problem(HttpStatus.PAYLOAD_TOO_LARGE, ProblemTypes.REQUEST_TOO_LARGE, "The request is too large",
                    "The body is larger than the most accepted, " + tooLarge.limitBytes() + " bytes.");
            problem.setProperty("limitBytes", tooLarge.limitBytes());
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(problem);
        }
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        problem.setType(ProblemTypes.MALFORMED_JSON);
        problem.setTitle("The request body is not valid JSON");
        JsonProcessingException json = causeOf(failure, JsonProcessingException.class);
        JsonLocation location = json == null ? null : json.getLocation();
        FieldProblem field = json == null ? null : fieldAtFault(json);
        if (location != null && location.getLineNr() > 0) {
            problem.setDetail("The JSON is malformed at line " + location.getLineNr() + ", column " + location.getColumnNr()
                    + ": " + (field == null ? json.getOriginalMessage() : "'" + field.field() + "' " + field.reason()));
            problem.setProperty("line", location.getLineNr());
            problem.setProperty("column", location.getColumnNr());
            if (field != null) {
                problem.setProperty("errors", List.of(field));
            }
        } else {
            problem.setDetail("The body is empty or is not JSON; send the evidence as a JSON object.");
        }
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException failure, HttpHeaders headers,
                                                                     HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = Problems.problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, ProblemTypes.UNSUPPORTED_MEDIA_TYPE, "Unsupported content type",
                "Content type " + failure.getContentType() + " is not accepted here; send " + failure.getSupportedMediaTypes() + ".");
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).headers(headers).body(problem);
    }

    /** A multipart upload over the service's limit, refused before it is read (the limits are spring.servlet.multipart.*). */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException failure, HttpHeaders headers,
                                                                           HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = Problems.problem(HttpStatus.PAYLOAD_TOO_LARGE, ProblemTypes.REQUEST_TOO_LARGE, "The request is too large",
                "The upload is larger than the service accepts" + (failure.getMaxUploadSize() > 0 ? " (" + failure.getMaxUploadSize() + " bytes)" : "")
                        + "; nothing was read or stored.");
        if (failure.getMaxUploadSize() > 0) {
            problem.setProperty("limitBytes", failure.getMaxUploadSize());
        }
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(problem);
    }

    /**
     * An address no endpoint answers: said in words, with where to find the right one, instead of Spring's "no static
     * resource".
     */
    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException failure, HttpHeaders headers,
                                                                    HttpStatusCode status, WebRequest request) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Problems.problem(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "No such address",
                "Nothing is at " + failure.getHttpMethod() + " /" + failure.getResourcePath() + ": check the address. The API documentation, "
                        + "/swagger-ui.html, lists every address."));
    }

    /** A query or path parameter of the wrong type: names it, says what it must be, and what was sent. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException failure, HttpHeaders headers, HttpStatusCode status,
                                                        WebRequest request) {
        String name = failure instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName() : failure.getPropertyName();
        Class<?> type = failure.getRequiredType();
        String expected = type == null ? "of another type" : type.isEnum() ? "one of " + Arrays.toString(type.getEnumConstants())
                : type == LocalDate.class ? "a date, yyyy-mm-dd" : type == UUID.class ? "an id (a UUID)"
                : Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class ? "a number"
                : type == boolean.class || type == Boolean.class ? "true or false" : "a " + type.getSimpleName();
        return invalidParameter(name, failure.getValue(), "must be " + expected);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException failure, HttpHeaders headers,
                                                                          HttpStatusCode status, WebRequest request) {
        return invalidParameter(failure.getParameterName(), null, "is required");
    }

    /**
     * A request parameter that breaks a constraint declared on it (Bean Validation on a controller's parameters): the
     * first one, answered as the service's own refusal of a parameter, its value left out where the constraint says so.
     */
    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException failure, HttpHeaders headers,
                                                                            HttpStatusCode status, WebRequest request) {
        for (ParameterValidationResult result : failure.getParameterValidationResults()) {
            for (MessageSourceResolvable error : result.getResolvableErrors()) {
                return invalidParameter(parameterName(result.getMethodParameter()), undisclosed(result, error) ? null : result.getArgument(),
                        error.getDefaultMessage());
            }
        }
        return super.handleHandlerMethodValidationException(failure, headers, status, request);
    }

    private static String parameterName(MethodParameter parameter) {
        RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
        return param != null && !param.name().isEmpty() ? param.name() : param != null && !param.value().isEmpty() ? param.value()
                : parameter.getParameterName();
    }

    private static boolean undisclosed(ParameterValidationResult result, MessageSourceResolvable error) {
        try {
            return result.unwrap(error, ConstraintViolation.class).getConstraintDescriptor().getPayload().contains(RequestValidation.Undisclosed.class);
        } catch (IllegalArgumentException notFromBeanValidation) {
            return false;
        }
    }

    /** Spring's own refusals of a parameter, answered as the service's ({@link InvalidParameterException}). */
    private static ResponseEntity<Object> invalidParameter(String parameter, Object rejectedValue, String reason) {
        return ResponseEntity.badRequest().body(new InvalidParameterException(parameter, rejectedValue, reason).getBody());
    }

    /** Spring's other standard errors (405, 404, 406 …) keep their status and get a stable type. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception failure, @Nullable Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(failure, body, headers, status, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem && "about:blank".equals(String.valueOf(problem.getType()))) {
            HttpStatus known = HttpStatus.resolve(status.value());
            problem.setType(status.value() == 404 ? ProblemTypes.NOT_FOUND : ProblemTypes.forStatus(status.value(), known == null ? null : known.getReasonPhrase()));
        }
        return response;
    }

    /**
     * The field a strictness rule refused, in words rather than Jackson's: a key given twice, a number where one of a
     * list of values is asked for. Null when the JSON is simply malformed.
     */
    private static FieldProblem fieldAtFault(JsonProcessingException json) {
        if (json instanceof StreamReadException read && read.getOriginalMessage() != null && read.getOriginalMessage().startsWith("Duplicate field")
                && read.getProcessor() != null) {
            JsonStreamContext context = read.getProcessor().getParsingContext();
            String name = read.getOriginalMessage().replaceFirst("^Duplicate field '(.*)'$", "$1");
            String parent = context == null || context.getParent() == null ? "" : path(context.getParent().pathAsPointer());
            return new FieldProblem(parent.isEmpty() ? name : parent + "." + name, null, "is given more than once; give each field once");
        }
        if (json instanceof InvalidFormatException invalid && invalid.getTargetType() != null && invalid.getTargetType().isEnum()) {
            return new FieldProblem(path(invalid.getPath()), invalid.getValue(),
                    "must be one of " + Arrays.toString(invalid.getTargetType().getEnumConstants()) + ", by name");
        }
        if (json instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            return new FieldProblem(path(mismatch.getPath()), null, "is not of the type expected here: " + mismatch.getOriginalMessage().replaceAll("`[^`]*\\.", "`"));
        }
        return null;
    }

    private static String path(JsonPointer pointer) {
        return pointer.toString().replaceFirst("^/", "").replace('/', '.');
    }

    private static String path(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static <T extends Throwable> T causeOf(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }
}

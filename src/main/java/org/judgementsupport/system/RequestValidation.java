package org.judgementsupport.system;

import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Payload;
import jakarta.validation.Validator;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * Bean Validation's verdict on a request record, as the field problems a refusal lists: each names the field, the value
 * sent (unless the constraint is {@link Undisclosed}) and the constraint's message, in the order the record declares
 * its fields, so an answer lists the same problems the same way every time.
 */
public final class RequestValidation {

    /** Marks a constraint whose value is never repeated back in a refusal: a password, or a text too long to echo. */
    public interface Undisclosed extends Payload {
    }

    private RequestValidation() {
    }

    /** Every field of the request at fault, in the order the record declares its fields. */
    public static List<FieldProblem> problems(Validator validator, Record request) {
        List<FieldProblem> problems = new ArrayList<>();
        for (ConstraintViolation<Record> violation : validator.validate(request)) {
            boolean undisclosed = violation.getConstraintDescriptor().getPayload().contains(Undisclosed.class);
            problems.add(new FieldProblem(field(violation.getPropertyPath()), undisclosed ? null : violation.getInvalidValue(), violation.getMessage()));
        }
        return inFieldOrder(request.getClass(), problems);
    }

    /** The problems in the order the record declares its fields; problems of one field keep the order they were found in. */
    public static List<FieldProblem> inFieldOrder(Class<?> request, List<FieldProblem> problems) {
        List<String> fields = Arrays.stream(request.getRecordComponents()).map(RecordComponent::getName).toList();
        List<FieldProblem> ordered = new ArrayList<>(problems);
        ordered.sort(Comparator.comparingInt(problem -> fields.indexOf(problem.field())));
        return ordered;
    }

    /**
     * For a custom constraint whose rule words its own refusal: the rule's reason, if any, becomes the violation's
     * message exactly as written.
     *
     * @return whether the value is valid
     */
    public static boolean accept(Optional<String> problem, ConstraintValidatorContext context) {
        if (problem.isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(problem.get().replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$"))
                .addConstraintViolation();
        return false;
    }

    /** The record field a violation is about: the first name in its path ("roles" for an element of the roles). */
    private static String field(Path path) {
        Iterator<Path.Node> nodes = path.iterator();
        return nodes.hasNext() ? nodes.next().getName() : "";
    }
}

package org.judgementsupport.evidence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.judgementsupport.system.FieldProblem;
import org.springframework.stereotype.Component;

/**
 * Reads submitted evidence and reports every problem at once: unknown fields, wrong types, values out of range and
 * inconsistent counts.
 *
 * <p>Jackson stops at the first unknown field or type error, which would make an inspector fix one mistake per
 * submission. So the JSON tree is first checked against the evidence records, field by field; unknown and mistyped
 * fields are recorded and set aside, the rest is converted, and Bean Validation adds range and cross-field problems.
 */
@Component
public class EvidenceReader {

    private static final LevenshteinDistance EDIT_DISTANCE = new LevenshteinDistance(3);

    /** No inspection of children's services under any framework the service knows started before this. */
    static final LocalDate EARLIEST_START_DATE = LocalDate.of(2010, 1, 1);
    /** Inspections are planned months ahead, not years: a start date further off is a typing mistake. */
    static final Period LATEST_START_AHEAD = Period.ofYears(3);

    private final ObjectMapper mapper;
    private final Validator validator;
    private final Clock clock;

    /**
     * Strictness is set here, not left to the application's Jackson settings, so evidence reads the same in the API,
     * in policy scenarios and in the rule-set validation command: no "40" read as a number, no 2.5 as a whole number,
     * no 0 as the first value of a list, no date-time where a date is asked for, and no key given twice.
     */
    private static final ObjectMapper STRICT = JsonMapper.builder()
            .findAndAddModules()
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .defaultLeniency(false)
            .build();

    public EvidenceReader(Validator validator, Clock clock) {
        this.mapper = STRICT;
        this.validator = validator;
        this.clock = clock;
    }

    /** A reader outside the Spring application, e.g. for scenario files and the validation command. */
    public static EvidenceReader standalone() {
        return new EvidenceReader(StandaloneValidator.INSTANCE, Clock.systemUTC());
    }

    /** One validator factory for the life of the process; validators must not outlive their factory. */
    private static final class StandaloneValidator {
        static final Validator INSTANCE = Validation.buildDefaultValidatorFactory().getValidator();
    }

    /**
     * Reads evidence submitted now: as {@link #readStored(JsonNode)}, and the text must be plain text and the start date
     * within {@link #EARLIEST_START_DATE} and {@link #LATEST_START_AHEAD} from today.
     *
     * @throws EvidenceRejectedException listing every problem, when there is any
     */
    public Evidence read(JsonNode body) {
        return read(body, true);
    }

    /**
     * Reads evidence the service accepted earlier (a stored judgement, a queued report), by the rules of its shape and
     * ranges only: what was accepted is never refused later because the rules for new submissions have tightened, or
     * because its start date has since fallen outside today's window.
     *
     * @throws EvidenceRejectedException listing every problem, when there is any
     */
    public Evidence readStored(JsonNode body) {
        return read(body, false);
    }

    private Evidence read(JsonNode body, boolean submittedNow) {
        List<FieldProblem> problems = new ArrayList<>();
        if (body == null || !body.isObject()) {
            problems.add(new FieldProblem("", plain(body), "the evidence must be a JSON object"));
            throw new EvidenceRejectedException(problems);
        }
        ObjectNode accepted = (ObjectNode) body;
        checkShape(accepted, Evidence.class, "", problems, false);
        if (!problems.isEmpty()) {
            // Set the fields at fault aside, on a copy, so the rest can still be checked and every problem reported at once.
            problems.clear();
            accepted = body.deepCopy();
            checkShape(accepted, Evidence.class, "", problems, true);
        }
        Evidence evidence = convert(accepted);
        for (ConstraintViolation<Evidence> violation : validator.validate(evidence)) {
            problems.add(new FieldProblem(violation.getPropertyPath().toString(), violation.getInvalidValue(), violation.getMessage()));
        }
        if (submittedNow) {
            checkSubmitted(evidence, problems);
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparing(FieldProblem::field));
            throw new EvidenceRejectedException(problems);
        }
        return evidence;
    }

    /** What only new submissions are held to: plain text, and a start date that can be meant. */
    private void checkSubmitted(Evidence evidence, List<FieldProblem> problems) {
        if (evidence.localAuthority() != null) {
            PlainText.problem(evidence.localAuthority().name())
                    .ifPresent(reason -> problems.add(new FieldProblem("localAuthority.name", null, reason)));
        }
        LocalDate startDate = evidence.inspection() == null ? null : evidence.inspection().startDate();
        LocalDate latest = LocalDate.now(clock).plus(LATEST_START_AHEAD);
        if (startDate != null && (startDate.isBefore(EARLIEST_START_DATE) || startDate.isAfter(latest))) {
            problems.add(new FieldProblem("inspection.startDate", startDate.toString(), "must be from " + EARLIEST_START_DATE + " to " + latest
                    + " (" + LATEST_START_AHEAD.getYears() + " years from today): inspections are not planned further ahead"));
        }
    }

    /** Each record type's fields and their types, read once: reflection is slow enough to matter on every request. */
    private static final ClassValue<Map<String, Class<?>>> DECLARED = new ClassValue<>() {
        @Override
        protected Map<String, Class<?>> computeValue(Class<?> recordType) {
            return Map.copyOf(Arrays.stream(recordType.getRecordComponents())
                    .collect(Collectors.toMap(RecordComponent::getName, RecordComponent::getType)));
        }
    };

    /** Reports, and when asked removes, every field the record type does not declare or whose value has the wrong type. */
    private void checkShape(ObjectNode node, Class<?> recordType, String prefix, List<FieldProblem> problems, boolean remove) {
        Map<String, Class<?>> declared = DECLARED.get(recordType);
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String path = prefix + field.getKey();
            Class<?> type = declared.get(field.getKey());
            JsonNode value = field.getValue();
            if (type == null) {
                problems.add(new FieldProblem(path, plain(value), unknownFieldReason(field.getKey(), declared.keySet())));
                removeIf(remove, fields);
            } else if (value.isNull()) {
                continue;
            } else if (type.isRecord()) {
                if (value.isObject()) {
                    checkShape((ObjectNode) value, type, path + ".", problems, remove);
                } else {
                    problems.add(new FieldProblem(path, plain(value), "must be an object with the fields " + String.join(", ", fieldNames(type))));
                    removeIf(remove, fields);
                }
            } else if (!convertsTo(value, type)) {
                problems.add(new FieldProblem(path, plain(value), expectation(type)));
                removeIf(remove, fields);
            }
        }
    }

    private static void removeIf(boolean remove, Iterator<Map.Entry<String, JsonNode>> fields) {
        if (remove) {
            fields.remove();
        }
    }

    private boolean convertsTo(JsonNode value, Class<?> type) {
        if (value.isContainerNode()) {
            return false;
        }
        // The common cases answered directly (every request has a few dozen fields); anything else as Jackson reads it.
        if ((type == Double.class && value.isNumber()) || (type == Boolean.class && value.isBoolean())
                || (type == Integer.class && value.isIntegralNumber() && value.canConvertToInt()) || (type == String.class && value.isTextual())) {
            return true;
        }
        try {
            mapper.treeToValue(value, type);
            return true;
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return false;
        }
    }

    private Evidence convert(ObjectNode accepted) {
        try {
            return mapper.treeToValue(accepted, Evidence.class);
        } catch (JsonProcessingException e) {
            // checkShape has removed every field that cannot convert, so this is a bug, not bad input.
            throw new IllegalStateException("evidence that passed the shape check did not convert", e);
        }
    }

    private static String unknownFieldReason(String name, Set<String> known) {
        String suggestion = known.stream()
                .filter(candidate -> candidate.equalsIgnoreCase(name) || EDIT_DISTANCE.apply(candidate.toLowerCase(), name.toLowerCase()) >= 0)
                .min(Comparator.comparingInt(candidate -> EDIT_DISTANCE.apply(candidate.toLowerCase(), name.toLowerCase())))
                .orElse(null);
        String reason = "is not a known evidence field";
        if (suggestion != null) {
            return reason + "; did you mean '" + suggestion + "'?";
        }
        return reason + "; known fields here: " + known.stream().sorted().collect(Collectors.joining(", "));
    }

    private static String expectation(Class<?> type) {
        if (type == Double.class) {
            return "must be a number";
        }
        if (type == Integer.class) {
            return "must be a whole number";
        }
        if (type == Boolean.class) {
            return "must be true or false";
        }
        if (type == LocalDate.class) {
            return "must be a date written YYYY-MM-DD, e.g. 2024-05-13";
        }
        if (type.isEnum()) {
            return "must be one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
        }
        return "must be text";
    }

    private static List<String> fieldNames(Class<?> recordType) {
        return Arrays.stream(recordType.getRecordComponents()).map(RecordComponent::getName).toList();
    }

    private Object plain(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        return mapper.convertValue(node, Object.class);
    }
}

package org.judgementsupport.web;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.judgementsupport.evidence.Evidence;
import org.judgementsupport.evidence.EvidenceField;
import org.judgementsupport.evidence.PracticeQuality;
import org.judgementsupport.framework.Framework;
import org.judgementsupport.framework.Grade;

/**
 * The evidence form: its fields, named by their evidence JSON paths (the same names as the moderation CSV columns, e.g.
 * {@code workforce.caseloadPerSocialWorker}), grouped as the evidence is, made from {@link EvidenceField} so the form
 * always asks for exactly what the rules can read; and the form's answers turned into the evidence JSON the API takes,
 * for the API's own validation to check.
 *
 * <p>What was typed is kept as typed: a value that does not read as a number goes to the validation as the text it is,
 * and comes back with the API's message. Only the date, typed in three boxes, is put together here, with the GOV.UK
 * date-input messages.
 */
public final class EvidenceForm {

    public static final String START_DATE = "inspection.startDate";

    /** A field of the form: what the inspector sees and how the value is entered. */
    public record Field(String path, String label, Input input, String suffix, String hint) {

        /** How a value is entered. */
        public enum Input { NUMBER, WHOLE_NUMBER, YES_NO, PRACTICE }
    }

    /** A group of fields, as the evidence groups them. */
    public record Group(String key, String title, List<Field> fields) {
    }

    /** One choice of a radio group: the value the API takes and the words shown. */
    public record Choice(String value, String text) {
    }

    /** The groups in the order inspectors gather them, and their titles. */
    private static final Map<String, String> GROUPS = orderedGroups();

    private static final List<Group> FORM = groups();

    private EvidenceForm() {
    }

    public static List<Group> all() {
        return FORM;
    }

    /** Practice evaluations, best first, as the radios offer them; values are the API's enum names. */
    public static List<Choice> practiceChoices() {
        return Arrays.stream(PracticeQuality.values())
                .map(quality -> new Choice(quality.name(), capitalised(quality.words()) + " (" + quality.grade().ofstedWording() + ")"))
                .toList();
    }

    public static List<Choice> frameworkChoices() {
        return Arrays.stream(Framework.values()).map(framework -> new Choice(framework.name(), framework.title())).toList();
    }

    public static List<Choice> gradeChoices() {
        return Arrays.stream(Grade.values()).map(grade -> new Choice(grade.name(), grade.ofstedWording())).toList();
    }

    /** Every label by field path, for the error summary's sentences. */
    public static Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("localAuthority", "Local authority");
        labels.put("localAuthority.code", "Local authority code");
        labels.put("localAuthority.name", "Local authority name");
        labels.put("inspection", "Inspection");
        labels.put(START_DATE, "Inspection start date");
        labels.put("inspection.type", "Type of inspection");
        labels.put("inspection.framework", "Framework");
        labels.put("inspection.previousOverallGrade", "Previous overall grade");
        FORM.forEach(group -> group.fields().forEach(field -> labels.put(field.path(), field.label())));
        return labels;
    }

    /**
     * The evidence JSON from the form's answers: blank answers are left out, as evidence not gathered; the rest goes
     * as typed (numbers as numbers where they read as one), for the API's validation to judge.
     */
    public static ObjectNode toJson(Map<String, String> answers, FormErrors dateProblems) {
        ObjectNode evidence = JsonNodeFactory.instance.objectNode();
        put(evidence, "localAuthority.code", text(answers, "localAuthority.code").map(code -> code.toUpperCase()).orElse(null));
        put(evidence, "localAuthority.name", text(answers, "localAuthority.name").orElse(null));
        startDate(answers, dateProblems).ifPresent(date -> put(evidence, START_DATE, date));
        put(evidence, "inspection.type", text(answers, "inspection.type").orElse(null));
        put(evidence, "inspection.framework", text(answers, "inspection.framework").orElse(null));
        put(evidence, "inspection.previousOverallGrade", text(answers, "inspection.previousOverallGrade").orElse(null));
        for (Group group : FORM) {
            for (Field field : group.fields()) {
                Optional<String> answer = text(answers, field.path());
                if (answer.isEmpty()) {
                    continue;
                }
                switch (field.input()) {
                    case NUMBER, WHOLE_NUMBER -> putNumber(evidence, field.path(), answer.get());
                    case YES_NO -> putYesNo(evidence, field.path(), answer.get());
                    case PRACTICE -> put(evidence, field.path(), answer.get());
                }
            }
        }
        return evidence;
    }

    /** The form's answers for evidence: what the published figures give, to start an inspector's form from. */
    public static Map<String, String> answersFor(Evidence evidence) {
        Map<String, String> answers = new LinkedHashMap<>();
        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().findAndRegisterModules()
                .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).valueToTree(evidence);
        json.properties().forEach(group -> group.getValue().properties().forEach(field -> {
            if (!field.getValue().isNull()) {
                answers.put(group.getKey() + "." + field.getKey(), field.getValue().asText());
            }
        }));
        String date = answers.remove(START_DATE);
        if (date != null) {
            LocalDate start = LocalDate.parse(date);
            answers.put(START_DATE + "-day", String.valueOf(start.getDayOfMonth()));
            answers.put(START_DATE + "-month", String.valueOf(start.getMonthValue()));
            answers.put(START_DATE + "-year", String.valueOf(start.getYear()));
        }
        return answers;
    }

    /** The start date from its three boxes, or the GOV.UK date-input message saying what is wrong with them. */
    static Optional<String> startDate(Map<String, String> answers, FormErrors problems) {
        return DateBoxes.read(answers, START_DATE, "Inspection start date", problems).map(LocalDate::toString);
    }

    private static void putNumber(ObjectNode evidence, String path, String typed) {
        String plain = typed.replace(",", "").replaceFirst("%$", "").trim();
        if (plain.matches("-?\\d{1,12}")) {
            put(evidence, path, Long.parseLong(plain));
        } else if (plain.matches("-?\\d{0,12}\\.\\d{1,6}")) {
            put(evidence, path, new BigDecimal(plain));
        } else {
            put(evidence, path, typed);
        }
    }

    private static void putYesNo(ObjectNode evidence, String path, String answer) {
        switch (answer) {
            case "true" -> put(evidence, path, true);
            case "false" -> put(evidence, path, false);
            default -> put(evidence, path, answer);
        }
    }

    /** Sets a value at a dotted path, making the group object on the way. */
    private static void put(ObjectNode evidence, String path, Object value) {
        if (value == null) {
            return;
        }
        int dot = path.indexOf('.');
        ObjectNode group = evidence.has(path.substring(0, dot)) ? (ObjectNode) evidence.get(path.substring(0, dot))
                : evidence.putObject(path.substring(0, dot));
        String name = path.substring(dot + 1);
        if (value instanceof Long number) {
            group.put(name, number);
        } else if (value instanceof BigDecimal number) {
            group.put(name, number);
        } else if (value instanceof Boolean yes) {
            group.put(name, yes);
        } else {
            group.put(name, value.toString());
        }
    }

    private static Optional<String> text(Map<String, String> answers, String name) {
        return Optional.ofNullable(answers.get(name)).map(String::trim).filter(value -> !value.isEmpty());
    }

    private static List<Group> groups() {
        Map<String, List<Field>> byGroup = new LinkedHashMap<>();
        GROUPS.keySet().forEach(key -> byGroup.put(key, new ArrayList<>()));
        for (EvidenceField field : EvidenceField.values()) {
            if (field.isDerived()) {
                continue;
            }
            String group = field.path().substring(0, field.path().indexOf('.'));
            byGroup.computeIfAbsent(group, key -> new ArrayList<>()).add(field(field));
        }
        return byGroup.entrySet().stream().filter(entry -> !entry.getValue().isEmpty())
                .map(entry -> new Group(entry.getKey(), GROUPS.getOrDefault(entry.getKey(), entry.getKey()), List.copyOf(entry.getValue())))
                .toList();
    }

    private static Field field(EvidenceField field) {
        return switch (field.kind()) {
            case PRACTICE_QUALITY -> new Field(field.path(), field.label(), Field.Input.PRACTICE, null, null);
            case YES_NO -> new Field(field.path(), field.label(), Field.Input.YES_NO, null, null);
            case NUMBER -> new Field(field.path(), field.label(), field.wholeNumbers() ? Field.Input.WHOLE_NUMBER : Field.Input.NUMBER,
                    switch (field.unit()) {
                        case PERCENT -> "%";
                        case DAYS -> "days";
                        default -> null;
                    },
                    field.maximum() == null ? "A whole number" : (field.wholeNumbers() ? "A whole number from 0 to " : "From 0 to ")
                            + field.maximum().stripTrailingZeros().toPlainString());
        };
    }

    private static Map<String, String> orderedGroups() {
        Map<String, String> groups = new LinkedHashMap<>();
        groups.put("workforce", "Workforce");
        groups.put("helpAndProtection", "Help and protection");
        groups.put("missingChildren", "Missing children");
        groups.put("childrenInCare", "Children in care");
        groups.put("adoption", "Adoption");
        groups.put("careLeavers", "Care leavers");
        groups.put("leadership", "Leadership");
        return groups;
    }

    private static String capitalised(String words) {
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}

package org.judgementsupport.ruleset;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.judgementsupport.criteria.Criterion;
import org.judgementsupport.criteria.Effect;
import org.judgementsupport.evidence.EvidenceField;
import org.judgementsupport.evidence.InspectionType;
import org.judgementsupport.framework.Grade;
import org.judgementsupport.framework.JudgementArea;

/**
 * What a decision-table column holds, and how a cell of it is read: as data, by its column's type, before anything is
 * made from it. A name or a source is text (it can only ever become a quoted text in a rule), an area or an effect one
 * of the model's names, a "Fires when" cell a criterion in its grammar, a count a whole number in range. A cell that
 * does not read is refused at that cell, in words policy staff can act on.
 */
sealed interface CellValue {

    /** Reads a cell's text (trimmed, never blank) as this type, or says why it cannot. */
    Read read(String text);

    /** A cell read: its value (a String, an enum constant, an Integer, a Criterion, a list of grades), or the reason it is refused. */
    record Read(Object value, String problem) {

        static Read of(Object value) {
            return new Read(value, null);
        }

        static Read refused(String problem) {
            return new Read(null, problem);
        }

        boolean ok() {
            return problem == null;
        }
    }

    /** Longest rule name: explanations, scenarios and the record quote it. */
    int MAX_NAME = 300;
    /** Longest text cell (a source with its quotation, a note on focused visits). */
    int MAX_TEXT = 2_000;

    /**
     * Free text: a rule's name, a source, a benchmark. Line breaks become spaces; control and invisible
     * direction-changing characters are refused, since they make a text read differently from what it says.
     */
    record Text(int maxLength) implements CellValue {
        @Override
        public Read read(String text) {
            StringBuilder clean = new StringBuilder();
            for (int index = 0; index < text.length(); index++) {
                char character = text.charAt(index);
                if (character == '\n' || character == '\r' || character == '\t') {
                    clean.append(' ');
                } else if (Character.isISOControl(character) || Character.getType(character) == Character.FORMAT) {
                    return Read.refused(String.format("holds an invisible control character (U+%04X); retype the text", (int) character));
                } else if (Character.isSurrogate(character) && !(Character.isHighSurrogate(character) && index + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(index + 1)))) {
                    return Read.refused("holds half of a character; retype the text");
                } else {
                    clean.append(character);
                    if (Character.isHighSurrogate(character)) {
                        clean.append(text.charAt(++index));
                    }
                }
            }
            String value = clean.toString().replaceAll(" {2,}", " ").trim();
            if (value.length() > maxLength) {
                return Read.refused("is " + value.length() + " characters long; at most " + maxLength + " are allowed");
            }
            return Read.of(value);
        }
    }

    /** One of an enumeration's names, as written in the model, e.g. {@code LIMITS_TO_REQUIRES_IMPROVEMENT}. */
    record Name<E extends Enum<E>>(Class<E> type, List<E> allowed, String what) implements CellValue {
        @Override
        public Read read(String text) {
            String wanted = text.trim().toUpperCase(Locale.ROOT).replace(' ', '_');
            for (E constant : allowed) {
                if (constant.name().equals(wanted)) {
                    return Read.of(constant);
                }
            }
            return Read.refused("'" + text + "' is not " + what + ": write one of " + allowed.stream().map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    /** The path of an evidence field, e.g. {@code missingChildren.returnInterviewsOfferedPct}, with a suggestion for a slip. */
    record EvidencePath() implements CellValue {
        private static final LevenshteinDistance EDIT_DISTANCE = new LevenshteinDistance(6);

        @Override
        public Read read(String text) {
            return EvidenceField.byPath(text.trim())
                    .map(field -> Read.of(field))
                    .orElseGet(() -> Read.refused("'" + text + "' is not an evidence field, so the rule could never fire" + suggestion(text.trim())));
        }

        private static String suggestion(String path) {
            return Arrays.stream(EvidenceField.values())
                    .map(EvidenceField::path)
                    .filter(candidate -> EDIT_DISTANCE.apply(candidate.toLowerCase(Locale.ROOT), path.toLowerCase(Locale.ROOT)) >= 0)
                    .min((a, b) -> Integer.compare(EDIT_DISTANCE.apply(a.toLowerCase(Locale.ROOT), path.toLowerCase(Locale.ROOT)),
                            EDIT_DISTANCE.apply(b.toLowerCase(Locale.ROOT), path.toLowerCase(Locale.ROOT))))
                    .map(candidate -> "; did you mean '" + candidate + "'?")
                    .orElse("");
        }
    }

    /** When a criterion fires, in its grammar: {@code below 80}, {@code at least 2}, {@code yes} … */
    record CriterionText() implements CellValue {
        @Override
        public Read read(String text) {
            if (text.length() > 100) {
                return Read.refused("is too long for a criterion; " + Criterion.HOW_TO_WRITE);
            }
            try {
                return Read.of(Criterion.parse(text.trim()));
            } catch (IllegalArgumentException unreadable) {
                return Read.refused(unreadable.getMessage());
            }
        }
    }

    /** A whole number in a range, such as the months until the next inspection. */
    record WholeNumber(int minimum, int maximum) implements CellValue {
        @Override
        public Read read(String text) {
            String digits = text.trim();
            if (!digits.matches("\\d{1,9}")) {
                return Read.refused("'" + text + "' is not a whole number; write a number from " + minimum + " to " + maximum);
            }
            int number = Integer.parseInt(digits);
            if (number < minimum || number > maximum) {
                return Read.refused(number + " is out of range; write a number from " + minimum + " to " + maximum);
            }
            return Read.of(number);
        }
    }

    /** One or more grades separated by commas, e.g. {@code OUTSTANDING, GOOD}. */
    record Grades() implements CellValue {
        @Override
        public Read read(String text) {
            List<Grade> grades = new ArrayList<>();
            for (String part : text.split(",")) {
                Read grade = GRADE.read(part.trim());
                if (!grade.ok()) {
                    return grade;
                }
                if (!grades.contains((Grade) grade.value())) {
                    grades.add((Grade) grade.value());
                }
            }
            return Read.of(List.copyOf(grades));
        }
    }

    CellValue RULE_NAME = new Text(MAX_NAME);
    CellValue TEXT = new Text(MAX_TEXT);
    CellValue GRADE = new Name<>(Grade.class, List.of(Grade.values()), "a grade");
    CellValue EFFECT = new Name<>(Effect.class, List.of(Effect.values()), "an effect");
    CellValue INSPECTION_TYPE = new Name<>(InspectionType.class, List.of(InspectionType.values()), "a kind of inspection");
    CellValue CRITERIA_AREA = new Name<>(JudgementArea.class, List.copyOf(RuleSetChecks.CRITERIA_AREAS), "an area criteria can be about");
    CellValue SIF_CRITERIA_AREA = new Name<>(JudgementArea.class, List.copyOf(RuleSetChecks.SIF_CRITERIA_AREAS),
            "one of the single inspection framework's judgements");
}

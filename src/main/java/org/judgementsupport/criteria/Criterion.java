package org.judgementsupport.criteria;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.judgementsupport.evidence.EvidenceField;
import org.judgementsupport.evidence.PracticeQuality;

/**
 * When a criterion fires, written the way policy staff say it: {@code below 80}, {@code at least 32},
 * {@code more than 27%}, {@code exactly 1}, {@code yes}, {@code no}, or a practice evaluation such as
 * {@code widespread or serious failures}.
 *
 * <p>A decision-table cell holds the words; the rule binds the parsed criterion and cites it in its finding, so the
 * threshold is written once and the explanation quotes exactly what fired. Parsing is cached because rules bind the
 * criterion each time they match.
 *
 * @param condition what the words ask of the evidence: a comparison with a number, a yes or no, or a practice evaluation
 * @param text      the words as written
 */
public record Criterion(Condition condition, String text) {

    /** What a criterion asks of the evidence; each kind applies to one kind of evidence field. */
    public sealed interface Condition permits Numeric, YesNo, Practice {

        /** True when the value meets the condition; a value of another kind (a yes/no for a number) never does. */
        boolean isMetBy(Object value);

        /** The kind of evidence this condition can apply to. */
        EvidenceField.Kind appliesTo();

        /** The condition in the field's units: "below 80%", "at least 32 cases", "no". */
        String describe(EvidenceField field);

        /** The change that would stop the condition being met, without the field's name: "must reach 80%", "must be yes". */
        String change(EvidenceField field);
    }

    /** How a number is compared with the threshold. */
    public enum Comparison {
        BELOW("below"), AT_MOST("at most"), EXACTLY("exactly"), AT_LEAST("at least"), MORE_THAN("more than");

        private final String words;

        Comparison(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** A number compared with a threshold: "below 80", "at least 32". */
    public record Numeric(Comparison comparison, BigDecimal number) implements Condition {

        @Override
        public boolean isMetBy(Object value) {
            if (!(value instanceof Number actual)) {
                return false;
            }
            int order = compare(actual, number);
            return switch (comparison) {
                case BELOW -> order < 0;
                case AT_MOST -> order <= 0;
                case EXACTLY -> order == 0;
                case AT_LEAST -> order >= 0;
                case MORE_THAN -> order > 0;
            };
        }

        @Override
        public EvidenceField.Kind appliesTo() {
            return EvidenceField.Kind.NUMBER;
        }

        @Override
        public String describe(EvidenceField field) {
            return comparison.words() + " " + field.formatNumber(number);
        }

        /** Moving the way the field gets better: "must reach 80%", "must fall below 32 cases"; a count of one must be none. */
        @Override
        public String change(EvidenceField field) {
            String threshold = field.formatNumber(number);
            boolean countMustBeNone = field.unit() == EvidenceField.Unit.COUNT && number.compareTo(BigDecimal.ONE) == 0
                    && (comparison == Comparison.AT_LEAST || (comparison == Comparison.EXACTLY && field.better() == EvidenceField.Better.LOWER));
            if (countMustBeNone) {
                return "must be 0";
            }
            return switch (comparison) {
                case BELOW -> "must reach " + threshold;
                case AT_MOST -> "must be more than " + threshold;
                case AT_LEAST -> "must fall below " + threshold;
                case MORE_THAN -> "must fall to " + threshold + " or less";
                case EXACTLY -> switch (field.better()) {
                    case LOWER -> "must fall below " + threshold;
                    case HIGHER -> "must be more than " + threshold;
                    case NEITHER -> "must not be " + threshold;
                };
            };
        }

        private static int compare(Number actual, BigDecimal threshold) {
            if (actual instanceof Integer || actual instanceof Long) {
                return BigDecimal.valueOf(actual.longValue()).compareTo(threshold);
            }
            return BigDecimal.valueOf(actual.doubleValue()).compareTo(threshold);
        }
    }

    /** A yes/no answer: "yes" or "no". */
    public record YesNo(boolean yes) implements Condition {

        @Override
        public boolean isMetBy(Object value) {
            return Boolean.valueOf(yes).equals(value);
        }

        @Override
        public EvidenceField.Kind appliesTo() {
            return EvidenceField.Kind.YES_NO;
        }

        @Override
        public String describe(EvidenceField field) {
            return field.format(yes);
        }

        @Override
        public String change(EvidenceField field) {
            return "must be " + (yes ? "no" : "yes");
        }
    }

    /** An evaluation of practice: "widespread or serious failures". */
    public record Practice(PracticeQuality quality) implements Condition {

        @Override
        public boolean isMetBy(Object value) {
            return quality == value;
        }

        @Override
        public EvidenceField.Kind appliesTo() {
            return EvidenceField.Kind.PRACTICE_QUALITY;
        }

        @Override
        public String describe(EvidenceField field) {
            return field.format(quality);
        }

        @Override
        public String change(EvidenceField field) {
            return "must be evaluated as better than '" + quality.words() + "'";
        }
    }

    public static final String HOW_TO_WRITE = "write one of: below N, at most N, exactly N, at least N, more than N "
            + "(N a number, optionally followed by %), yes, no, or a practice evaluation: "
            + Arrays.stream(PracticeQuality.values()).map(PracticeQuality::words).collect(Collectors.joining(", "));

    private static final Pattern NUMERIC =
            Pattern.compile("(below|less than|at most|no more than|exactly|at least|more than|above)\\s+(-?\\d+(?:\\.\\d+)?)\\s*%?");
    private static final Map<String, Comparison> COMPARISON_WORDS = Map.of(
            "below", Comparison.BELOW, "less than", Comparison.BELOW,
            "at most", Comparison.AT_MOST, "no more than", Comparison.AT_MOST,
            "exactly", Comparison.EXACTLY,
            "at least", Comparison.AT_LEAST,
            "more than", Comparison.MORE_THAN, "above", Comparison.MORE_THAN);
    private static final Map<String, Criterion> PARSED = new ConcurrentHashMap<>();

    /**
     * Reads a criterion as written in a rule or table cell.
     *
     * @throws IllegalArgumentException naming the text and how criteria are written
     */
    public static Criterion parse(String text) {
        Criterion cached = PARSED.get(text);
        return cached != null ? cached : PARSED.computeIfAbsent(text, Criterion::read);
    }

    private static Criterion read(String text) {
        String words = text == null ? "" : text.trim().toLowerCase(Locale.ENGLISH).replaceAll("\\s+", " ");
        Matcher numeric = NUMERIC.matcher(words);
        if (numeric.matches()) {
            return new Criterion(new Numeric(COMPARISON_WORDS.get(numeric.group(1)), new BigDecimal(numeric.group(2))), text.trim());
        }
        if (words.equals("yes") || words.equals("no")) {
            return new Criterion(new YesNo(words.equals("yes")), text.trim());
        }
        for (PracticeQuality quality : PracticeQuality.values()) {
            if (words.equals(quality.words()) || words.equals(quality.name().toLowerCase(Locale.ENGLISH))) {
                return new Criterion(new Practice(quality), text.trim());
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a criterion; " + HOW_TO_WRITE);
    }

    /** True when the value meets the criterion; a value of another kind (a yes/no for a number) never does. */
    public boolean isMetBy(Object value) {
        return condition.isMetBy(value);
    }

    /** The kind of evidence this criterion can apply to. */
    public EvidenceField.Kind appliesTo() {
        return condition.appliesTo();
    }

    /** The number a numeric criterion compares with; none for a yes/no or a practice evaluation. */
    public Optional<BigDecimal> threshold() {
        return condition instanceof Numeric numeric ? Optional.of(numeric.number()) : Optional.empty();
    }

    /** The criterion in the field's units: "below 80%", "at least 32 cases", "no". */
    public String describe(EvidenceField field) {
        return condition.describe(field);
    }

    /**
     * The change in the evidence that would stop this criterion being met, moving the way the field gets better:
     * "must reach 80%", "must fall below 32 cases", "must be yes".
     */
    public String toLift(EvidenceField field) {
        // "Return interviews offered must reach 80%" reads as a sentence; a yes/no or practice label needs a pause before it.
        return field.label() + (condition instanceof Numeric ? " " : ": ") + condition.change(field);
    }

    @Override
    public String toString() {
        return text;
    }
}

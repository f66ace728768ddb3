package org.judgementsupport.moderation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.judgementsupport.evidence.EvidenceField;
import org.judgementsupport.evidence.PracticeQuality;
import org.judgementsupport.framework.Grade;

/**
 * A batch cell as a spreadsheet shows it, read as the value the JSON batch would carry: a UK date ({@code 13/05/2024}),
 * a percentage with its sign ({@code 72%}) and Ofsted's wording for a grade or an evaluation of practice
 * ({@code Requires improvement to be good}, {@code Consistently effective}). Only these exact forms are translated, each
 * in its own column; anything else is passed on as written, for the evidence reader to refuse naming the case and
 * column, so a value that means nothing is never guessed at.
 */
final class SpreadsheetCells {

    static final String START_DATE = "inspection.startDate";
    static final String PREVIOUS_GRADE = "inspection.previousOverallGrade";

    /** Day, month and four-digit year, as UK spreadsheets write a date; strictly, so 31/02/2024 is not a date. */
    private static final Pattern UK_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    /** A number followed by a percent sign, as a cell formatted as a percentage is saved. */
    private static final Pattern PERCENTAGE = Pattern.compile("([-+]?\\d+(?:\\.\\d+)?)\\s?%");

    private SpreadsheetCells() {
    }

    /** The value of a cell in {@code column}, in the form the JSON batch has it. */
    static String valueOf(String column, String cell) {
        String value = cell.strip();
        if (column.equals(START_DATE)) {
            return isoDate(value);
        }
        if (column.startsWith(ModerationBatches.RECORDED) || column.equals(PREVIOUS_GRADE)) {
            return grade(value).map(Grade::name).orElse(value);
        }
        Optional<EvidenceField> field = EvidenceField.byPath(column);
        if (field.isEmpty()) {
            return value;
        }
        return switch (field.get().kind()) {
            case NUMBER -> field.get().unit() == EvidenceField.Unit.PERCENT ? percentage(value) : value;
            case PRACTICE_QUALITY -> practice(value).map(PracticeQuality::name).orElse(value);
            case YES_NO -> value;
        };
    }

    /**
     * A problem with a cell, said as a spreadsheet user writes the value: a date as 13/05/2024, a grade or an evaluation
     * of practice in Ofsted's words. The field is kept as named for every batch.
     */
    static ModerationBatches.CaseProblem inSpreadsheetWords(ModerationBatches.CaseProblem problem) {
        String field = problem.field();
        String reason = problem.reason();
        if (field.equals("evidence." + START_DATE) && reason.startsWith("must be a date")) {
            reason = "must be a date, written 13/05/2024 or 2024-05-13";
        } else if (field.startsWith("recordedGrades.") && reason.contains(" is not a grade")) {
            reason = reason.substring(0, reason.indexOf(" is not a grade")) + " is not a grade; use " + String.join(", ", gradeWords());
        } else if (field.startsWith("evidence.") && field.endsWith(".practiceQuality") && reason.startsWith("must be one of")) {
            reason = "must be one of: " + String.join(", ", practiceWords());
        }
        return reason.equals(problem.reason()) ? problem : new ModerationBatches.CaseProblem(problem.caseId(), field, reason);
    }

    /** The words a drop-down list offers for a grade: Ofsted's. */
    static String[] gradeWords() {
        return Arrays.stream(Grade.values()).map(Grade::ofstedWording).toArray(String[]::new);
    }

    /** The words a drop-down list offers for an evaluation of practice, capitalised as a spreadsheet shows a choice. */
    static String[] practiceWords() {
        return Arrays.stream(PracticeQuality.values()).map(SpreadsheetCells::capitalised).toArray(String[]::new);
    }

    static String capitalised(PracticeQuality quality) {
        return Character.toUpperCase(quality.words().charAt(0)) + quality.words().substring(1);
    }

    private static String isoDate(String value) {
        Matcher date = UK_DATE.matcher(value);
        if (!date.matches()) {
            return value;
        }
        try {
            return LocalDate.parse(value, DAY_MONTH_YEAR).toString();
        } catch (DateTimeParseException notADate) {
            // 31/02/2024: left as written, and refused as not a date.
            return value;
        }
    }

    private static String percentage(String value) {
        Matcher percentage = PERCENTAGE.matcher(value);
        return percentage.matches() ? percentage.group(1) : value;
    }

    private static Optional<Grade> grade(String value) {
        return Arrays.stream(Grade.values()).filter(grade -> grade.ofstedWording().equalsIgnoreCase(value)).findFirst();
    }

    private static Optional<PracticeQuality> practice(String value) {
        String words = value.toLowerCase(Locale.ROOT);
        return Arrays.stream(PracticeQuality.values()).filter(quality -> quality.words().equals(words)).findFirst();
    }
}

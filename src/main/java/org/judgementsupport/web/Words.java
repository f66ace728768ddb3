package org.judgementsupport.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import org.judgementsupport.criteria.Effect;
import org.judgementsupport.evidence.EvidenceField;
import org.judgementsupport.evidence.PracticeQuality;
import org.judgementsupport.framework.Grade;
import org.judgementsupport.framework.JudgementArea;
import org.judgementsupport.moderation.ModerationReports;
import org.judgementsupport.moderation.ReportState;

/**
 * How pages word and style the model's values: grades as GOV.UK tags, effects in plain words, dates as GOV.UK writes
 * them (13 May 2024). Available to every page as {@code words}.
 */
public final class Words {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma", Locale.UK);
    private static final ZoneId UK = ZoneId.of("Europe/London");

    public String grade(Grade grade) {
        return grade == null ? "Not determined" : grade.ofstedWording();
    }

    /** The GOV.UK tag colour of a grade: green for outstanding, through to red for inadequate; grey when not determined. */
    public String gradeTag(Grade grade) {
        if (grade == null) {
            return "govuk-tag govuk-tag--grey";
        }
        return switch (grade) {
            case OUTSTANDING -> "govuk-tag govuk-tag--green";
            case GOOD -> "govuk-tag govuk-tag--turquoise";
            case REQUIRES_IMPROVEMENT -> "govuk-tag govuk-tag--yellow";
            case INADEQUATE -> "govuk-tag govuk-tag--red";
        };
    }

    public String effect(Effect effect) {
        return switch (effect) {
            case INADEQUACY_TRIGGER -> "Makes the area inadequate";
            case LIMITS_TO_REQUIRES_IMPROVEMENT -> "Limits the area to requires improvement";
            case CONCERN -> "Line of enquiry";
            case STRENGTH -> "Strength";
        };
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(UK)).replace("AM", "am").replace("PM", "pm");
    }

    /** An area by the short name panels use, e.g. "Help and protection" (Ofsted's title is a sentence). */
    public String area(JudgementArea area) {
        return switch (area) {
            case OVERALL_EFFECTIVENESS -> "Overall effectiveness";
            case IMPACT_OF_LEADERS -> "Impact of leaders";
            case HELP_AND_PROTECTION -> "Help and protection";
            case CHILDREN_IN_CARE -> "Children in care";
            case CARE_LEAVERS -> "Care leavers";
            case CHILDREN_IN_CARE_AND_CARE_LEAVERS -> "Children in care and care leavers";
            case CHILDREN_LOOKED_AFTER_AND_ACHIEVING_PERMANENCE -> "Children looked after and achieving permanence";
            case ADOPTION_PERFORMANCE -> "Adoption performance";
            case LEADERSHIP_MANAGEMENT_AND_GOVERNANCE -> "Leadership, management and governance";
        };
    }

    /**
     * A provisional grade as a consistency report gives it, a grade's name or "not determined, at best GOOD", in
     * Ofsted's words.
     */
    public String provisional(String provisional) {
        if (provisional == null) {
            return "";
        }
        String worded = provisional;
        for (Grade grade : Grade.values()) {
            worded = worded.replace(grade.name(), grade.ofstedWording());
        }
        return Character.toUpperCase(worded.charAt(0)) + worded.substring(1);
    }

    /** A share as a percentage with one decimal, e.g. 84.3%; a dash where there is nothing to measure. */
    public String percent(Double share) {
        return share == null ? "–" : String.format(Locale.UK, "%.1f%%", 100 * share);
    }

    /** A statistic such as kappa to two decimals, the minus sign a real one; a dash where it is undefined. */
    public String decimal(Double value) {
        return value == null ? "–" : String.format(Locale.UK, "%.2f", value).replace('-', '\u2212');
    }

    /** An evidence field by its label, e.g. "Caseload per case-holding social worker"; its path when it has none. */
    public String field(String path) {
        return EvidenceField.byPath(path).map(EvidenceField::label).orElse(path);
    }

    /** A value from the evidence as text: yes or no for a boolean, numbers without trailing zeros. */
    public String value(Object value) {
        if (value == null) {
            return "not given";
        }
        if (value instanceof Boolean yes) {
            return yes ? "yes" : "no";
        }
        if (value instanceof Number number) {
            return new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
        }
        return Arrays.stream(PracticeQuality.values()).filter(quality -> quality.name().equals(value.toString())).findFirst()
                .map(PracticeQuality::words).orElse(value.toString());
    }

    /** Where a consistency report has got to, in words: "Running: 42% done". */
    public String reportStatus(ModerationReports.ReportStatus status) {
        return switch (status.state().status()) {
            case QUEUED -> "Waiting";
            case RUNNING -> "Running: " + status.percentDone() + "% done";
            case COMPLETE -> "Complete";
            case FAILED -> "Failed";
        };
    }

    /** The GOV.UK tag of a report's stage: grey while waiting, blue while running, green once complete, red if it failed. */
    public String reportStatusTag(ReportState state) {
        return switch (state.status()) {
            case QUEUED -> "govuk-tag govuk-tag--grey";
            case RUNNING -> "govuk-tag govuk-tag--blue";
            case COMPLETE -> "govuk-tag govuk-tag--green";
            case FAILED -> "govuk-tag govuk-tag--red";
        };
    }

    /** A rule-set version as people quote it: its first 12 characters. */
    public String version(String version) {
        return version == null ? "" : version.substring(0, Math.min(12, version.length()));
    }
}

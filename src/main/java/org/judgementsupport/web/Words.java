package org.judgementsupport.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.judgementsupport.criteria.Effect;
import org.judgementsupport.framework.Grade;

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

    /** A rule-set version as people quote it: its first 12 characters. */
    public String version(String version) {
        return version == null ? "" : version.substring(0, Math.min(12, version.length()));
    }
}

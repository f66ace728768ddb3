package org.judgementsupport.criteria;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.judgementsupport.evidence.EvidenceField;
import org.judgementsupport.framework.JudgementArea;

/**
 * How one published figure moved since the year before: the targeting score table gives points for each that got
 * worse by at least a share of itself.
 *
 * <p>The change is relative ({@code worseningPct}: 10 means 10% worse than the year before), so one row can speak of
 * caseloads and percentages alike; which way is worse is the evidence field's own ({@link EvidenceField#better()}).
 *
 * @param path         the evidence path, e.g. {@code workforce.caseloadPerSocialWorker}
 * @param area         the area the evidence informs
 * @param before       the figure the year before
 * @param after        the latest figure
 * @param yearBefore   the year of the earlier figure
 * @param year         the year of the latest figure
 * @param worseningPct how much worse, in percent of the earlier figure (negative when better), to one decimal
 */
public record Trend(String path, JudgementArea area, double before, double after, int yearBefore, int year, double worseningPct) {

    /** The trend of a field between two years' figures. */
    public static Trend of(EvidenceField field, double before, double after, int yearBefore, int year) {
        double change = after - before;
        double worse = switch (field.better()) {
            case LOWER -> change;
            case HIGHER -> -change;
            case NEITHER -> 0;
        };
        // From zero any worsening is a whole figure's worth: 0 to 3 missing incidents is as bad as 3 to 6 at least.
        double relative = before == 0 ? Math.signum(worse) * 100 : 100 * worse / Math.abs(before);
        double rounded = BigDecimal.valueOf(relative).setScale(1, RoundingMode.HALF_UP).doubleValue();
        return new Trend(field.path(), field.informs(), before, after, yearBefore, year, rounded);
    }

    /** The evidence field moved. */
    public EvidenceField field() {
        return EvidenceField.byPath(path).orElseThrow(() -> new IllegalStateException("no evidence field " + path));
    }
}

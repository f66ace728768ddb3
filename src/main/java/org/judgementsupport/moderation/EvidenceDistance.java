package org.judgementsupport.moderation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.judgementsupport.evidence.Evidence;
import org.judgementsupport.evidence.EvidenceField;
import org.judgementsupport.evidence.Indicator;
import org.judgementsupport.evidence.Indicators;
import org.judgementsupport.evidence.PracticeQuality;

/**
 * How far apart two cases' evidence is, for finding similar evidence given different grades.
 *
 * <p>Each piece of evidence is put on a 0-to-1 scale: percentages and caseloads divided by 100, director changes by
 * 12, other counts capped at 10 and divided by 10, yes as 1 and no as 0, practice from widespread or serious failures
 * (0) to exceptional (1) in thirds. The distance is the root mean square difference over the evidence both cases
 * have, so 0.05 means "on average about five percentage points apart". The size of the inspectors' sample is left
 * out (the share of sampled cases with children left at risk stands for it), and cases sharing fewer than
 * {@link #MINIMUM_SHARED} pieces of evidence are not compared.
 */
final class EvidenceDistance {

    static final int MINIMUM_SHARED = 4;
    private static final Set<EvidenceField> LEFT_OUT = Set.of(EvidenceField.CASES_SAMPLED, EvidenceField.CASES_LEFT_AT_RISK);

    /** A case's evidence on the common scale, by field. */
    static Map<EvidenceField, Double> scaled(Evidence evidence) {
        Map<EvidenceField, Double> scaled = new LinkedHashMap<>();
        for (Indicator indicator : Indicators.from(evidence)) {
            EvidenceField field = indicator.field();
            if (!LEFT_OUT.contains(field)) {
                scaled.put(field, scale(field, indicator.value()));
            }
        }
        return scaled;
    }

    /** The distance, or null when the cases share too little evidence to compare. */
    static Double between(Map<EvidenceField, Double> one, Map<EvidenceField, Double> other) {
        int shared = 0;
        double squares = 0;
        for (Map.Entry<EvidenceField, Double> entry : one.entrySet()) {
            Double theirs = other.get(entry.getKey());
            if (theirs != null) {
                shared++;
                double difference = entry.getValue() - theirs;
                squares += difference * difference;
            }
        }
        return shared < MINIMUM_SHARED ? null : Math.sqrt(squares / shared);
    }

    static int shared(Map<EvidenceField, Double> one, Map<EvidenceField, Double> other) {
        return (int) one.keySet().stream().filter(other::containsKey).count();
    }

    private static double scale(EvidenceField field, Object value) {
        if (value instanceof Boolean yes) {
            return yes ? 1 : 0;
        }
        if (value instanceof PracticeQuality quality) {
            return (PracticeQuality.values().length - 1 - quality.ordinal()) / 3.0;
        }
        double number = ((Number) value).doubleValue();
        if (field.maximum() != null) {
            return number / field.maximum().doubleValue();
        }
        return Math.min(number, 10) / 10;
    }
}

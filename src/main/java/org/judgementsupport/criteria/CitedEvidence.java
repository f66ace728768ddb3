package org.judgementsupport.criteria;

import java.math.BigDecimal;

/**
 * One piece of evidence a finding rests on.
 *
 * @param field             the evidence path, e.g. {@code missingChildren.returnInterviewsOfferedPct}
 * @param label             what the evidence is, in words
 * @param value             the value submitted (or derived)
 * @param formattedValue    the value as a person reads it, e.g. "45%"
 * @param criterion         the criterion it met, e.g. "below 50%"
 * @param threshold         the criterion's number, when it has one
 * @param nationalBenchmark the national figure to compare with, where the criterion names one
 * @param toLift            the change in this evidence that would stop the criterion being met
 */
public record CitedEvidence(
        String field,
        String label,
        Object value,
        String formattedValue,
        String criterion,
        BigDecimal threshold,
        String nationalBenchmark,
        String toLift) {
}

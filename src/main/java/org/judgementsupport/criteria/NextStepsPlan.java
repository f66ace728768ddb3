package org.judgementsupport.criteria;

import org.judgementsupport.evidence.InspectionType;

/**
 * The next-steps table's decision: the row that decided, the next graded inspection, roughly when, and the visits
 * before it.
 */
public record NextStepsPlan(String rule, InspectionType nextInspection, Integer dueAroundMonths, String focusedVisits, String monitoring) {
}

package org.judgementsupport.criteria;

import org.judgementsupport.evidence.InspectionType;

/**
 * The next-steps table's decision, fixed once the table has run: the row that decided, the next graded inspection,
 * roughly when, and the visits before it.
 */
public record NextStepsPlan(String rule, InspectionType nextInspection, Integer dueAroundMonths, String focusedVisits, String monitoring) {

    public static NextStepsPlan of(NextStepsDecision decision) {
        return new NextStepsPlan(decision.getRule(), decision.getNextInspection(), decision.getDueAroundMonths(),
                decision.getFocusedVisits(), decision.getMonitoring());
    }
}

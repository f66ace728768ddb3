package org.judgementsupport.ruleset;

import org.judgementsupport.criteria.NextStepsPlan;
import org.judgementsupport.criteria.OverallDecision;
import org.judgementsupport.evidence.InspectionType;
import org.judgementsupport.framework.Grade;
import org.kie.api.runtime.rule.RuleContext;

/**
 * What the rules generated from the overall-effectiveness and next-steps tables call to record a row's decision:
 * {@code insert(Decisions.overall(drools, Grade.GOOD));}. Each decision names the row that made it.
 */
public final class Decisions {

    private Decisions() {
    }

    /** The overall-effectiveness grade a row of that table gives. */
    public static OverallDecision overall(RuleContext rule, Grade grade) {
        return new OverallDecision(rule.getRule().getName(), grade);
    }

    /** What a row of the next-steps table plans: the next inspection, roughly when, and the visits before it. */
    public static NextStepsPlan nextSteps(RuleContext rule, InspectionType nextInspection, Integer dueAroundMonths, String focusedVisits,
                                          String monitoring) {
        return new NextStepsPlan(rule.getRule().getName(), nextInspection, dueAroundMonths, focusedVisits, monitoring);
    }
}

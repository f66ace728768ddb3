package org.judgementsupport.ruleset;

import org.judgementsupport.criteria.LimitingDecision;
import org.judgementsupport.criteria.NextStepsPlan;
import org.judgementsupport.criteria.OverallDecision;
import org.judgementsupport.evidence.InspectionType;
import org.judgementsupport.framework.Grade;
import org.kie.api.runtime.rule.RuleContext;

/**
 * What the rules generated from the first-match tables (overall effectiveness, next steps, the SIF's limiting
 * judgements) call to record a row's decision:
 * {@code insert(Decisions.overall(drools, Grade.GOOD));}. Each decision names the row that made it.
 */
public final class Decisions {

    private Decisions() {
    }

    /** The overall-effectiveness grade a row of that table gives. */
    public static OverallDecision overall(RuleContext rule, Grade grade) {
        return new OverallDecision(rule.getRule().getName(), grade);
    }

    /** The best grade a row of the SIF's limiting-judgements table lets children looked after have. */
    public static LimitingDecision limit(RuleContext rule, Grade atBest) {
        return new LimitingDecision(rule.getRule().getName(), atBest);
    }

    /** What a row of the next-steps table plans: the next inspection, roughly when, and the visits before it. */
    public static NextStepsPlan nextSteps(RuleContext rule, InspectionType nextInspection, Integer dueAroundMonths, String focusedVisits,
                                          String monitoring) {
        return new NextStepsPlan(rule.getRule().getName(), nextInspection, dueAroundMonths, focusedVisits, monitoring);
    }
}

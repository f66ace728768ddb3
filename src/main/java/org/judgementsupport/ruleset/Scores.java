package org.judgementsupport.ruleset;

import org.judgementsupport.criteria.Finding;
import org.judgementsupport.criteria.ScorePoints;
import org.judgementsupport.criteria.TargetingCase;
import org.judgementsupport.criteria.Trend;
import org.kie.api.runtime.rule.RuleContext;

/**
 * What the rules written from the targeting score table call to give points: {@code insert(Scores.perFinding(drools, 2,
 * $finding));}. Each award names the row that gave it and what it counted, so a score explains itself point by point.
 */
public final class Scores {

    private Scores() {
    }

    /** Points for one finding the criteria raised on the published figures. */
    public static ScorePoints perFinding(RuleContext rule, int points, Finding finding) {
        return new ScorePoints(rule.getRule().getName(), points, finding, null);
    }

    /** Points for one figure that got worse since the year before. */
    public static ScorePoints perTrend(RuleContext rule, int points, Trend trend) {
        return new ScorePoints(rule.getRule().getName(), points, null, trend);
    }

    /**
     * Points once for the authority: its previous grade, or the time since its last inspection. The authority is passed
     * though the points do not read it, so the rule's consequence names the fact it matched, as every emitter's does.
     */
    public static ScorePoints once(RuleContext rule, int points, TargetingCase authority) {
        return new ScorePoints(rule.getRule().getName(), points, null, null);
    }
}

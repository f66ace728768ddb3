package org.judgementsupport.targeting;

import java.util.List;
import java.util.Optional;
import org.judgementsupport.criteria.Effect;
import org.judgementsupport.criteria.Finding;
import org.judgementsupport.criteria.ScorePoints;
import org.judgementsupport.criteria.Trend;
import org.judgementsupport.framework.Grade;
import org.judgementsupport.realdata.DfeIndicators;

/**
 * One authority scored as of a date, with everything the score rests on: the figures published before the date, the
 * findings the criteria raise on them, how each moved since the year before, and the last inspection published.
 */
record AuthorityScore(String code, String name, List<DfeIndicators.Figure> figures, List<Finding> findings, List<Trend> trends,
                      Optional<PastInspection> lastInspection, Long monthsSinceLastInspection, List<ScorePoints> points) {

    int score() {
        return points.stream().mapToInt(ScorePoints::points).sum();
    }

    /** Concerns, limits and triggers: the findings that speak against the authority. */
    List<Finding> concerns() {
        return findings.stream().filter(finding -> finding.effect() != Effect.STRENGTH).toList();
    }

    Optional<Grade> previousGrade() {
        return lastInspection.map(PastInspection::overall);
    }
}

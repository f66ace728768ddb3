package org.judgementsupport.scenario;

import java.util.List;
import org.judgementsupport.framework.Grade;

/**
 * What a targeting scenario gives besides the published figures (its evidence): the authority's inspection history
 * and how its figures moved since the year before, with the score and rows policy expects.
 *
 * @param previousGrade             the last inspection's overall grade, or null for none
 * @param monthsSinceLastInspection months since it, or null for none
 * @param trends                    figures that moved: the evidence path, the year before's figure and the latest
 * @param score                     the score expected
 * @param pointsFrom                every row of the targeting score table expected to give points, no more and no fewer
 */
public record TargetingGiven(Grade previousGrade, Integer monthsSinceLastInspection, List<TrendGiven> trends, int score, List<String> pointsFrom) {

    /** A figure the year before and now. */
    public record TrendGiven(String evidence, double before, double after) {
    }

    public TargetingGiven {
        trends = trends == null ? List.of() : List.copyOf(trends);
        pointsFrom = List.copyOf(pointsFrom);
    }
}

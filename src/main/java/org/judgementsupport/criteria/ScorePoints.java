package org.judgementsupport.criteria;

/**
 * Points one row of the targeting score table gave, and what for: a finding, a trend, or the authority's inspection
 * history (previous grade, time since). A score is the sum of these, and its explanation lists each.
 *
 * @param rule    the row's name
 * @param points  the points it gave
 * @param finding the finding it counted, or null
 * @param trend   the trend it counted, or null
 */
public record ScorePoints(String rule, int points, Finding finding, Trend trend) {
}

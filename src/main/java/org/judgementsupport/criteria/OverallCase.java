package org.judgementsupport.criteria;

import java.util.Map;
import org.judgementsupport.framework.Grade;
import org.judgementsupport.framework.JudgementArea;

/**
 * The area grades the overall-effectiveness table decides from, with the summaries its rows test: the worst practice
 * area, how many practice areas require improvement and how many are outstanding.
 */
public record OverallCase(
        Grade leaders,
        Grade worstPracticeArea,
        int practiceAreasRequiringImprovement,
        int outstandingPracticeAreas,
        Map<JudgementArea, Grade> grades) {

    /** Summarises the grades of leaders and every practice area. */
    public static OverallCase of(Map<JudgementArea, Grade> grades) {
        Grade leaders = grades.get(JudgementArea.IMPACT_OF_LEADERS);
        if (leaders == null) {
            throw new IllegalArgumentException("the overall case needs the impact of leaders grade");
        }
        Grade worst = Grade.OUTSTANDING;
        int requiringImprovement = 0;
        int outstanding = 0;
        for (Map.Entry<JudgementArea, Grade> entry : grades.entrySet()) {
            if (!entry.getKey().isPracticeArea()) {
                continue;
            }
            Grade grade = entry.getValue();
            worst = grade.capAt(worst);
            requiringImprovement += grade == Grade.REQUIRES_IMPROVEMENT ? 1 : 0;
            outstanding += grade == Grade.OUTSTANDING ? 1 : 0;
        }
        return new OverallCase(leaders, worst, requiringImprovement, outstanding, Map.copyOf(grades));
    }
}

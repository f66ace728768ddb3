package org.judgementsupport.criteria;

import static org.judgementsupport.framework.JudgementArea.CHILDREN_LOOKED_AFTER_AND_ACHIEVING_PERMANENCE;
import static org.judgementsupport.framework.JudgementArea.HELP_AND_PROTECTION;
import static org.judgementsupport.framework.JudgementArea.LEADERSHIP_MANAGEMENT_AND_GOVERNANCE;

import java.util.List;
import java.util.Map;
import org.judgementsupport.framework.Grade;
import org.judgementsupport.framework.JudgementArea;

/**
 * The single inspection framework's three key judgements, which its overall-effectiveness table decides from, with the
 * summaries its rows test: the worse of the two practice judgements (help and protection, children looked after),
 * how many of them require improvement and how many are outstanding. Adoption performance and care leavers count
 * through children looked after, which they limit.
 */
public record KeyJudgementsCase(
        Grade helpAndProtection,
        Grade childrenLookedAfter,
        Grade leadership,
        Grade worstPracticeJudgement,
        int practiceJudgementsRequiringImprovement,
        int outstandingPracticeJudgements) {

    /** The key judgements' grades, from the grades of the SIF's areas (other areas are ignored). */
    public static KeyJudgementsCase of(Map<JudgementArea, Grade> grades) {
        Grade help = required(grades, HELP_AND_PROTECTION);
        Grade lookedAfter = required(grades, CHILDREN_LOOKED_AFTER_AND_ACHIEVING_PERMANENCE);
        Grade leadership = required(grades, LEADERSHIP_MANAGEMENT_AND_GOVERNANCE);
        List<Grade> practice = List.of(help, lookedAfter);
        return new KeyJudgementsCase(help, lookedAfter, leadership, help.capAt(lookedAfter),
                (int) practice.stream().filter(grade -> grade == Grade.REQUIRES_IMPROVEMENT).count(),
                (int) practice.stream().filter(grade -> grade == Grade.OUTSTANDING).count());
    }

    private static Grade required(Map<JudgementArea, Grade> grades, JudgementArea area) {
        Grade grade = grades.get(area);
        if (grade == null) {
            throw new IllegalArgumentException("the SIF's overall case needs the " + area + " grade");
        }
        return grade;
    }
}

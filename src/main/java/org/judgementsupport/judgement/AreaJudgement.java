package org.judgementsupport.judgement;

import java.util.List;
import org.judgementsupport.framework.Grade;
import org.judgementsupport.framework.JudgementArea;

/**
 * The provisional judgement of one area.
 *
 * @param area                 the area
 * @param title                the judgement's title as Ofsted publishes it
 * @param grade                the grade, or null when not determined
 * @param determined           whether the evidence settles the grade
 * @param highestPossibleGrade the best grade the evidence allows (the grade itself when determined)
 * @param basis                how the grade was reached, in a sentence
 * @param findings             the findings about this area, most severe first
 * @param evidenceGaps         evidence that would inform this area but is missing
 * @param toImprove            what would move the grade up
 * @param decidedBy            the table row that set the grade, for grades set by a table (overall effectiveness), or that
 *                             limited it (under the SIF, the limiting-judgements row applied to children looked after)
 */
public record AreaJudgement(
        JudgementArea area,
        String title,
        Grade grade,
        boolean determined,
        Grade highestPossibleGrade,
        String basis,
        List<ExplainedFinding> findings,
        List<EvidenceGap> evidenceGaps,
        List<Improvement> toImprove,
        RuleReference decidedBy) {
}

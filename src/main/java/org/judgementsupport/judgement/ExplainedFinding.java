package org.judgementsupport.judgement;

import java.util.List;
import org.judgementsupport.criteria.CitedEvidence;
import org.judgementsupport.criteria.Effect;
import org.judgementsupport.criteria.SourceCitation;
import org.judgementsupport.framework.JudgementArea;
import org.judgementsupport.ruleset.RuleLocation;

/**
 * A finding as a moderation panel reads it.
 *
 * @param rule     the rule's name
 * @param area     the graded area it counts against under this framework
 * @param effect   what it does to the grade
 * @param evidence the evidence it rests on, with values, criteria, thresholds and benchmarks
 * @param toLift   the change in evidence that would remove the finding
 * @param source   the document and paragraph, or statistic, behind the rule
 * @param location the rule file and line, or workbook, sheet and row
 */
public record ExplainedFinding(
        String rule,
        JudgementArea area,
        Effect effect,
        List<CitedEvidence> evidence,
        String toLift,
        SourceCitation source,
        RuleLocation location) {
}

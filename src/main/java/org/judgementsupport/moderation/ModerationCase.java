package org.judgementsupport.moderation;

import java.util.Map;
import org.judgementsupport.evidence.Evidence;
import org.judgementsupport.framework.Grade;
import org.judgementsupport.framework.JudgementArea;

/**
 * One case of a moderation batch: its evidence and the grades actually recorded for it, by an inspector or a panel.
 *
 * @param caseId         the batch's name for it
 * @param evidence       the evidence, read exactly as the judgement API reads it
 * @param recordedGrades the grades recorded, for the areas that have one
 */
public record ModerationCase(String caseId, Evidence evidence, Map<JudgementArea, Grade> recordedGrades) {
}

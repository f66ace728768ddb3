package org.judgementsupport.impact;

import java.util.Map;
import org.judgementsupport.evidence.Evidence;
import org.judgementsupport.framework.Grade;
import org.judgementsupport.framework.JudgementArea;

/**
 * One case to re-evaluate.
 *
 * @param caseId         the stored judgement's id, or the corpus's name for the case
 * @param evidence       its evidence
 * @param recordedGrades grades actually given, when the corpus has them (Ofsted's, for the real cases); otherwise empty
 */
record ImpactCase(String caseId, Evidence evidence, Map<JudgementArea, Grade> recordedGrades) {
}

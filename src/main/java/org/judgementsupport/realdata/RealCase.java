package org.judgementsupport.realdata;

import java.util.List;
import java.util.Map;
import org.judgementsupport.evidence.Evidence;
import org.judgementsupport.framework.Grade;
import org.judgementsupport.framework.JudgementArea;

/**
 * A published inspection as a moderation case: the evidence the DfE had published before it started, and the grades
 * Ofsted gave.
 *
 * @param caseId         the local authority's code and the inspection date, e.g. {@code E09000002-2023-07-10}
 * @param evidence       the evidence, built from published indicators
 * @param recordedGrades Ofsted's grades
 * @param sources        where each indicator came from
 */
public record RealCase(String caseId, Evidence evidence, Map<JudgementArea, Grade> recordedGrades, List<DfeIndicators.Figure> sources) {
}

package org.judgementsupport.realdata;

import java.util.List;
import java.util.Map;
import org.judgementsupport.evidence.Evidence;
import org.judgementsupport.framework.Grade;
import org.judgementsupport.framework.JudgementArea;

/**
 * Real cases as a moderation batch, ready to submit to {@code POST /api/v1/moderation/reports} as it is.
 *
 * @param cases one per published inspection
 */
public record Corpus(List<Case> cases) {

    public record Case(String caseId, Evidence evidence, Map<JudgementArea, Grade> recordedGrades) {
    }

    public static Corpus of(List<RealCase> cases) {
        return new Corpus(cases.stream().map(real -> new Case(real.caseId(), real.evidence(), real.recordedGrades())).toList());
    }
}

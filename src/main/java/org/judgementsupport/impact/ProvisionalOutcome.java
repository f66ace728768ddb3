package org.judgementsupport.impact;

import org.judgementsupport.judgement.AreaJudgement;

/** An area's provisional result for comparison: one of the four grades, or not determined. */
public enum ProvisionalOutcome {
    OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE, NOT_DETERMINED;

    static ProvisionalOutcome of(AreaJudgement area) {
        return area == null || !area.determined() ? NOT_DETERMINED : valueOf(area.grade().name());
    }
}

package org.judgementsupport.benchmark.peers;

import java.util.ArrayList;
import java.util.List;
import org.judgementsupport.evidence.Evidence;
import org.judgementsupport.evidence.Indicator;
import org.judgementsupport.evidence.Indicators;
import org.judgementsupport.evidence.PracticeQuality;
import org.judgementsupport.framework.Framework;
import org.judgementsupport.framework.JudgementArea;

/**
 * What every engine decides from: the framework the case is judged under and the indicators it reads, chosen as the
 * service's {@code Judge} chooses them (the framework named in the evidence, or the one covering the start date; an
 * evaluation of practice the framework does not grade is left out).
 */
record CaseInput(Framework framework, List<Indicator> indicators) {

    static CaseInput of(Evidence evidence) {
        Framework named = evidence.inspection().framework();
        Framework framework = named != null ? named : Framework.forStartDate(evidence.inspection().startDate()).orElseThrow();
        List<String> practicePaths = framework.practiceQualityPaths();
        List<Indicator> indicators = new ArrayList<>();
        for (Indicator indicator : Indicators.from(evidence)) {
            if (indicator.field().isPracticeQuality() && !practicePaths.contains(indicator.path())) {
                continue;
            }
            indicators.add(indicator);
        }
        return new CaseInput(framework, indicators);
    }

    /** The inspectors' evaluation of practice in the area, or null when there is none. */
    PracticeQuality practice(JudgementArea area) {
        String path = area.practiceQualityPath();
        for (Indicator indicator : indicators) {
            if (indicator.path().equals(path)) {
                return (PracticeQuality) indicator.value();
            }
        }
        return null;
    }
}

package org.judgementsupport.evidence;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.judgementsupport.framework.EvidenceGuide;
import org.judgementsupport.framework.Framework;
import org.judgementsupport.framework.JudgementArea;
import org.springframework.stereotype.Component;

/**
 * Answers which evidence informs which area from {@link EvidenceField}: each field informs the area it is written for,
 * as the framework maps it ({@link Framework#areaFor}); an evaluation of practice only where the framework grades its
 * area.
 */
@Component
class EvidenceGuideByField implements EvidenceGuide {

    @Override
    public List<String> evidenceFor(Framework framework, JudgementArea area) {
        Stream<EvidenceField> practice = Arrays.stream(EvidenceField.values())
                .filter(field -> field.path().equals(area.practiceQualityPath()) && framework.practiceQualityPaths().contains(field.path()));
        Stream<EvidenceField> indicators = submittable().filter(field -> !field.isPracticeQuality())
                .filter(field -> framework.areaFor(field.informs()).orElse(null) == area);
        return Stream.concat(practice, indicators).map(EvidenceField::path).toList();
    }

    @Override
    public List<String> notRead(Framework framework) {
        return submittable().filter(field -> field.isPracticeQuality()
                        ? !framework.practiceQualityPaths().contains(field.path())
                        : framework.areaFor(field.informs()).isEmpty())
                .map(EvidenceField::path).toList();
    }

    private static Stream<EvidenceField> submittable() {
        return Arrays.stream(EvidenceField.values()).filter(field -> !field.isDerived());
    }
}

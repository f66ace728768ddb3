package org.judgementsupport.realdata;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.judgementsupport.framework.Framework;
import org.judgementsupport.framework.Grade;
import org.judgementsupport.framework.JudgementArea;

/**
 * One published inspection and the grades Ofsted gave, keyed by the areas of the framework it was made under (before
 * 2023 the ILACS children in care column is the combined children in care and care leavers judgement).
 *
 * @param inspectionDate  the date the inspection started; for SIF inspections an estimate from the publication date
 *                        ({@link SifOutcomes#estimatedStart})
 * @param publicationDate the date Ofsted published the report
 */
public record OfstedInspection(
        String localAuthorityCode,
        String localAuthorityName,
        LocalDate inspectionDate,
        LocalDate publicationDate,
        String inspectionType,
        Framework framework,
        Map<JudgementArea, Grade> grades) {

    /** The grades of the areas overall effectiveness is decided from. */
    public Map<JudgementArea, Grade> areaGrades() {
        Map<JudgementArea, Grade> areas = new EnumMap<>(grades);
        areas.remove(JudgementArea.OVERALL_EFFECTIVENESS);
        return Collections.unmodifiableMap(areas);
    }
}

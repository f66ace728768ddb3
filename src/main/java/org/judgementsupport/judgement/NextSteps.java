package org.judgementsupport.judgement;

import java.time.LocalDate;
import org.judgementsupport.criteria.NextStepsCase;
import org.judgementsupport.evidence.InspectionType;
import org.judgementsupport.framework.Grade;

/**
 * What happens after this inspection.
 *
 * @param determined      whether there was an overall grade to plan from
 * @param basedOn         whether the plan follows this judgement's overall grade or the previous inspection's
 * @param grade           the overall grade planned from
 * @param nextInspection  the kind of the next graded inspection
 * @param dueAroundMonths roughly how many months after this inspection it is due
 * @param dueAround       the inspection start date plus that many months
 * @param focusedVisits   focused visits before it
 * @param monitoring      monitoring before it
 * @param explanation     the plan in a sentence, or why there is none
 * @param decidedBy       the table row that set it
 */
public record NextSteps(
        boolean determined,
        NextStepsCase.Basis basedOn,
        Grade grade,
        InspectionType nextInspection,
        Integer dueAroundMonths,
        LocalDate dueAround,
        String focusedVisits,
        String monitoring,
        String explanation,
        RuleReference decidedBy) {
}

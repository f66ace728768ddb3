package org.judgementsupport.evidence;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.judgementsupport.framework.Framework;
import org.judgementsupport.framework.Grade;

/**
 * The inspection the evidence is for. The framework follows from the start date unless named explicitly (to judge a
 * case under another framework); the previous overall grade sets next steps when this judgement has no overall grade.
 *
 * @param startDate            the first day of the inspection, e.g. 2024-05-13; it decides the framework
 * @param type                 an ILACS inspection's type: SHORT (one week) or STANDARD (two weeks)
 * @param framework            the framework to judge under, when not the one in force at the start date
 * @param previousOverallGrade the overall grade of the authority's previous inspection
 */
@FrameworkExistsForStartDate
public record Inspection(
        @NotNull(message = "is required: the date the inspection starts, e.g. 2024-05-13") LocalDate startDate,
        InspectionType type,
        Framework framework,
        Grade previousOverallGrade) {
}

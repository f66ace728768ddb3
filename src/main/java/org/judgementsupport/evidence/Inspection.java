package org.judgementsupport.evidence;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.judgementsupport.framework.Framework;
import org.judgementsupport.framework.Grade;

/**
 * The inspection the evidence is for. The framework follows from the start date unless named explicitly (to judge a
 * case under another framework); the previous overall grade sets next steps when this judgement has no overall grade.
 */
@FrameworkExistsForStartDate
public record Inspection(
        @NotNull(message = "is required: the date the inspection starts, e.g. 2024-05-13") LocalDate startDate,
        InspectionType type,
        Framework framework,
        Grade previousOverallGrade) {
}

package org.judgementsupport.evidence;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** The children's social work workforce and the stability of its leadership. */
public record Workforce(
        @DecimalMin(value = "0", message = "must be from 0 to 100 cases per case-holding social worker")
        @DecimalMax(value = "100", message = "must be from 0 to 100 cases per case-holding social worker")
        Double caseloadPerSocialWorker,
        @Percentage Double vacancyRatePct,
        @Percentage Double agencyRatePct,
        @Percentage Double turnoverRatePct,
        @Percentage Double supervisionUpToDatePct,
        @Min(value = 0, message = "must be from 0 to 12 changes")
        @Max(value = 12, message = "must be from 0 to 12 changes")
        Integer directorChangesLast12Months,
        Boolean directorIsInterim) {
}

package org.judgementsupport.evidence;

import jakarta.validation.constraints.PositiveOrZero;

/** Care leavers: activity, accommodation and contact. */
public record CareLeavers(
        @Percentage Double inEducationEmploymentTrainingPct,
        @Percentage Double suitableAccommodationPct,
        @Percentage Double inTouchPct,
        @PositiveOrZero(message = "must be a count of 0 or more") Integer bedAndBreakfastPlacements,
        PracticeQuality practiceQuality) {
}

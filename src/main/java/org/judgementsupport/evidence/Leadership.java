package org.judgementsupport.evidence;

import jakarta.validation.constraints.PositiveOrZero;

/** What inspectors found about leaders: their grip on weaknesses and on exploitation, and outstanding actions. */
public record Leadership(
        Boolean leadersKnowTheirWeaknesses,
        Boolean exploitationStrategyInPlace,
        @PositiveOrZero(message = "must be a count of 0 or more") Integer openAreasForPriorityAction,
        @PositiveOrZero(message = "must be a count of 0 or more") Integer childrensHomesWithoutRegisteredManager26Weeks,
        PracticeQuality practiceQuality) {
}

package org.judgementsupport.evidence;

import jakarta.validation.constraints.PositiveOrZero;

/** Help and protection: published indicators, the inspectors' case sample and their evaluation of practice. */
@LeftAtRiskWithinSample
public record HelpAndProtection(
        @Percentage Double reReferralRatePct,
        @Percentage Double assessmentsWithin45WorkingDaysPct,
        @Percentage Double repeatChildProtectionPlanPct,
        @Percentage Double earlyHelpPlanningEffectivePct,
        @PositiveOrZero(message = "must be a count of 0 or more") Integer casesSampled,
        @PositiveOrZero(message = "must be a count of 0 or more") Integer casesWithChildrenLeftAtRisk,
        PracticeQuality practiceQuality) {
}

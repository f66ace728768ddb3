package org.judgementsupport.evidence;

/** Children in care: stability, distance from home, sufficiency and timely decisions. */
public record ChildrenInCare(
        @Percentage Double threePlusPlacementsPct,
        @Percentage Double longTermStabilityPct,
        @Percentage Double placedOver20MilesPct,
        Boolean placementSufficiencyDutyMet,
        Boolean decisionsToBecomeLookedAfterTimely,
        PracticeQuality practiceQuality) {
}

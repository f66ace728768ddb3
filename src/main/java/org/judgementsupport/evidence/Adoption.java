package org.judgementsupport.evidence;

/**
 * Adoption: how long children wait, as the DfE's adoption scorecards measure it over three years, and the inspectors'
 * evaluation of adoption practice. The single inspection framework grades adoption performance as a judgement of its
 * own; later frameworks judge adoption within children in care.
 */
public record Adoption(
        @Days Integer averageDaysToMoveInWithAdoptiveFamily,
        @Days Integer averageDaysFromPlacementOrderToMatch,
        PracticeQuality practiceQuality) {
}

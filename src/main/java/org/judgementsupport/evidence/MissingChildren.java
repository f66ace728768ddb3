package org.judgementsupport.evidence;

/** Children who go missing from home or care, and whether they are seen and listened to when they return. */
public record MissingChildren(
        @Percentage Double returnInterviewsOfferedPct,
        @Percentage Double returnInterviewsWithin72HoursPct,
        @Percentage Double missingFromCarePct) {
}

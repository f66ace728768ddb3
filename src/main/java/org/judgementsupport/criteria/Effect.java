package org.judgementsupport.criteria;

import org.judgementsupport.framework.Grade;

/** What a finding does to the grade of its area. Listed most severe first. */
public enum Effect {
    /** The area is inadequate, whatever else the evidence says. */
    INADEQUACY_TRIGGER(Grade.INADEQUATE),
    /** The area cannot be better than requires improvement to be good. */
    LIMITS_TO_REQUIRES_IMPROVEMENT(Grade.REQUIRES_IMPROVEMENT),
    /** A line of enquiry, shown with its national benchmark; it does not move the grade. */
    CONCERN(null),
    /** Shown; it does not move the grade. */
    STRENGTH(null);

    private final Grade ceiling;

    Effect(Grade ceiling) {
        this.ceiling = ceiling;
    }

    /** The best grade the area can have while this finding stands; null when the finding does not move grades. */
    public Grade ceiling() {
        return ceiling;
    }

    public boolean movesGrade() {
        return ceiling != null;
    }
}

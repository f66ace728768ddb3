package org.judgementsupport.criteria;

import org.judgementsupport.framework.Grade;

/** The overall grade next steps follow from, and whether it is this judgement's or the previous inspection's. */
public record NextStepsCase(Grade grade, Basis basis) {

    public enum Basis { THIS_JUDGEMENT, PREVIOUS_INSPECTION }
}

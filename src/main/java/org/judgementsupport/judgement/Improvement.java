package org.judgementsupport.judgement;

import org.judgementsupport.criteria.Effect;

/**
 * A change that would move a grade.
 *
 * @param change what would need to change, e.g. "Missing children offered a return interview must reach 80%"
 * @param lifts  the rule whose finding would go, when the change lifts a finding
 * @param effect that finding's effect
 */
public record Improvement(String change, String lifts, Effect effect) {
}

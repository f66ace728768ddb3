package org.judgementsupport.rulechange;

import org.judgementsupport.ruleset.RuleSetSnapshot;

/**
 * Validates a candidate rule set: compiles it, checks it, runs every policy scenario and the monotonicity check. A
 * candidate is policy staff's input, so the service does this within a time and memory budget
 * ({@link SeparateProcessValidation}); the validation command, which runs on a policy officer's own machine, and tests
 * that are not about the budget do it in process.
 */
interface CandidateValidation extends AutoCloseable {

    ValidationReport validate(RuleSetSnapshot candidate);

    @Override
    default void close() {
    }
}

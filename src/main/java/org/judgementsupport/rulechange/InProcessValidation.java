package org.judgementsupport.rulechange;

import org.judgementsupport.ruleset.RuleSetSnapshot;

/** Validation in this process, with no budget: for the validation command and for tests that are not about the budget. */
final class InProcessValidation implements CandidateValidation {

    private final RuleSetValidator validator;

    InProcessValidation(RuleSetValidator validator) {
        this.validator = validator;
    }

    @Override
    public ValidationReport validate(RuleSetSnapshot candidate) {
        return validator.validate(candidate).report();
    }
}

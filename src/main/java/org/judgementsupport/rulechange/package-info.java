/**
 * Changing the rule set safely: one validation report (compile, house rules, thresholds, monotonicity, policy
 * scenarios) used by the API, the validation command and hot reload; every version kept, content-addressed, so any
 * past judgement can be re-run; activation only of a version that passes, with rollback to any earlier one.
 */
package org.judgementsupport.rulechange;

/**
 * Changing the rule set safely: one validation report (compile, house rules, thresholds, monotonicity, policy
 * scenarios) used by the API, the validation command and hot reload; every version kept, content-addressed, so any
 * past judgement can be re-run (this package implements {@link org.judgementsupport.ruleset.RuleSetVersions}), and checked
 * against its hashes when read; activation only of a version that passes and that colleagues approved, and only while
 * the version it was based on is in service (or after a rebase onto the newer one), with rollback to any earlier one;
 * the last good version keeps serving when the rule folder breaks. Every {@code /api/v1/rulesets} route is here, the
 * impact preview's included, and so are policy staff's pages under {@code /rulesets} ({@code RuleSetPages}, marked
 * {@link org.judgementsupport.web.PageController}), which call the same services. Nothing outside depends on this package.
 */
package org.judgementsupport.rulechange;

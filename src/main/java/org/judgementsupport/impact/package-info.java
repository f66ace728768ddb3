/**
 * What a rule change would do before it goes live: the stored judgements, or a named corpus such as Ofsted's published
 * inspections, re-evaluated under the version in service and under a candidate, and compared area by area, case by
 * case and rule by rule. Policy staff ask for it at {@code /api/v1/rulesets/candidates/{version}/impact}, a route of
 * {@code rulechange}.
 */
package org.judgementsupport.impact;

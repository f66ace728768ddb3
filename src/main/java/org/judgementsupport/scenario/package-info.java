/**
 * Policy scenarios: plain YAML files in {@code scenarios/}, each case a description, the evidence, the grades policy
 * expects and the rules expected to fire. Run against any rule set, they show which cases a change breaks, expected
 * against actual.
 */
package org.judgementsupport.scenario;

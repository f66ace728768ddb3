/**
 * Rule sets: reading {@code rules/} and {@code decision-tables/}, compiling them with Drools, checking them, versioning
 * them by content, and running them. This package and nothing else touches Drools.
 *
 * <p>Problems are always reported against what policy staff edit: a DRL file and line, or a workbook, sheet and cell,
 * never a generated file. {@link org.judgementsupport.ruleset.RuleSet} is an immutable, versioned, compiled rule set;
 * {@link org.judgementsupport.ruleset.RuleSetRegistry} holds the one in service, and
 * {@link org.judgementsupport.ruleset.RuleSetVersions} gives the rule set of any version kept.
 */
package org.judgementsupport.ruleset;

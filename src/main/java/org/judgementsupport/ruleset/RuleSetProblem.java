package org.judgementsupport.ruleset;

/**
 * Something wrong with a rule set, where it is, and what to do about it.
 *
 * @param kind     what sort of problem, stable for tools and tests
 * @param location where to look
 * @param message  what is wrong, in words policy staff can act on
 */
public record RuleSetProblem(Kind kind, RuleLocation location, String message) {

    public enum Kind {
        /** A file Drools would skip silently or cannot read: wrong name, corrupt or half-saved workbook. */
        UNREADABLE_FILE,
        /** A workbook whose layout is not a decision table: no RuleTable, a misspelt column keyword. */
        TABLE_LAYOUT,
        /** Drools could not compile the rule. */
        COMPILE_ERROR,
        /** The rule compiles but breaks a house rule: no name, no source, unknown area, unknown evidence field. */
        RULE_METADATA,
        /** A criterion ("below 80") that cannot be read or does not fit its evidence. */
        CRITERION,
        /** Two rules with the same name. */
        DUPLICATE_NAME,
        /** A table the service needs is missing. */
        MISSING_TABLE,
        /** A policy scenario file that cannot be read. */
        SCENARIO_FILE
    }

    public String describe() {
        return location.describe() + ": " + message;
    }
}

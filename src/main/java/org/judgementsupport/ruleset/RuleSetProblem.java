package org.judgementsupport.ruleset;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Something wrong with a rule set, where it is, and what to do about it.
 *
 * @param kind     what sort of problem, stable for tools and tests
 * @param location where to look
 * @param message  what is wrong, in words policy staff can act on
 * @param severity whether it stops the rule set going live
 */
@JsonIgnoreProperties(value = "error", allowGetters = true) // written for readers of a report, derived from severity when read back
public record RuleSetProblem(Kind kind, RuleLocation location, String message, Severity severity) {

    /** Errors stop a rule set going live; warnings are shown and do not. */
    public enum Severity { ERROR, WARNING }

    public RuleSetProblem(Kind kind, RuleLocation location, String message) {
        this(kind, location, message, Severity.ERROR);
    }

    public static RuleSetProblem warning(Kind kind, RuleLocation location, String message) {
        return new RuleSetProblem(kind, location, message, Severity.WARNING);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

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
        SCENARIO_FILE,
        /** A criterion that no value its evidence can take would meet. */
        NEVER_FIRES,
        /** Two rows on the same evidence, area and effect that fire for the same values. */
        OVERLAP,
        /** Values between rows on the same evidence where an effect stops and starts again. */
        GAP,
        /** Better evidence would give a worse grade. */
        NOT_MONOTONE,
        /** A grade the overall-effectiveness or next-steps table has no row for. */
        TABLE_INCOMPLETE,
        /** Rule code outside what rules may say: anything but patterns on the judgement model and inserting findings. */
        UNSAFE_CODE,
        /** A workbook that carries macros, external links, data connections or embedded objects. */
        UNSAFE_WORKBOOK,
        /** A decision-table data cell that does not read as its column's type: a grade, a kind of inspection, a number. */
        CELL_VALUE,
        /** Checking the rule set took more time or memory than a candidate is allowed. */
        TOO_MUCH_WORK
    }

    public String describe() {
        return (severity == Severity.WARNING ? "warning: " : "") + location.describe() + ": " + message;
    }
}

package org.judgementsupport.rulechange;

/** The rule folder did not validate at start-up, so the service does not start; carries the full report. */
public class RuleSetRefusedException extends RuntimeException {

    private final transient ValidationReport report;

    public RuleSetRefusedException(String folder, ValidationReport report) {
        super("The rule set in " + folder + " is not valid, so the service will not start.\n\n" + report.toText());
        this.report = report;
    }

    public ValidationReport report() {
        return report;
    }
}

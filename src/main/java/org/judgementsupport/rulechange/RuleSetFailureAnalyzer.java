package org.judgementsupport.rulechange;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * When the rule folder does not validate the service does not start; this prints the same report policy staff get
 * from validation, instead of a stack trace.
 */
class RuleSetFailureAnalyzer extends AbstractFailureAnalyzer<RuleSetRefusedException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, RuleSetRefusedException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Correct the files named above (or restore the last good version) and start the service again. "
                        + "The service never starts with a rule set that does not validate.", cause);
    }
}

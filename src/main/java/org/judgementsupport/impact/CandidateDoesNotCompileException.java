package org.judgementsupport.impact;

import org.judgementsupport.system.ProblemTypes;
import org.judgementsupport.system.Refusal;
import org.springframework.http.HttpStatus;

/** The candidate is stored but its rules do not compile, so there is nothing to preview. */
public class CandidateDoesNotCompileException extends Refusal {

    public CandidateDoesNotCompileException(String version) {
        super(HttpStatus.UNPROCESSABLE_ENTITY, ProblemTypes.INVALID_RULE_SET, "The candidate rule set does not compile",
                "Rule-set version " + version + " does not compile; its validation report (GET /api/v1/rulesets/" + version
                        + "/report) says where. Correct it and validate again.");
    }
}

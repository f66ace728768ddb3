package org.judgementsupport.impact;

import org.judgementsupport.system.ProblemTypes;
import org.judgementsupport.system.Refusal;
import org.springframework.http.HttpStatus;

/** No version in the archive matches the candidate named. */
public class CandidateNotFoundException extends Refusal {

    public CandidateNotFoundException(String candidate) {
        super(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "No such candidate rule set",
                "No rule-set version " + candidate + " is stored. Upload the changed files to POST /api/v1/rulesets/validate first: "
                        + "its report names the candidate's version.");
    }
}

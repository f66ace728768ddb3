package org.judgementsupport.impact;

/** The candidate is stored but its rules do not compile, so there is nothing to preview. */
class CandidateDoesNotCompileException extends RuntimeException {

    CandidateDoesNotCompileException(String version) {
        super("Rule-set version " + version + " does not compile; its validation report (GET /api/v1/rulesets/" + version
                + "/report) says where. Correct it and validate again.");
    }
}

package org.judgementsupport.impact;

/** No version in the archive matches the candidate named. */
class CandidateNotFoundException extends RuntimeException {

    CandidateNotFoundException(String candidate) {
        super("No rule-set version " + candidate + " is stored. Upload the changed files to POST /api/v1/rulesets/validate first: "
                + "its report names the candidate's version.");
    }
}

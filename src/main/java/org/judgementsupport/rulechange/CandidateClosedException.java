package org.judgementsupport.rulechange;

import org.judgementsupport.system.ProblemTypes;
import org.judgementsupport.system.Refusal;
import org.springframework.http.HttpStatus;

/** A decision or activation asked of a candidate that no longer waits for one: rejected, rebased, or replaced. */
public class CandidateClosedException extends Refusal {

    public CandidateClosedException(String version, RuleSetCandidates.State state) {
        super(HttpStatus.CONFLICT, ProblemTypes.CANDIDATE_CLOSED, "The candidate is not awaiting approval",
                "Candidate " + version + " is " + describe(state) + ", so it can no longer be approved, rejected or put into service. "
                        + "Validate the change again to propose it afresh.");
        property("version", version);
        property("state", state);
    }

    private static String describe(RuleSetCandidates.State state) {
        return switch (state) {
            case AWAITING_APPROVAL -> "awaiting approval";
            case REJECTED -> "rejected";
            case ACTIVATED -> "already in service";
            case REBASED -> "rebased onto a newer version, as a new candidate";
            case SUPERSEDED -> "replaced by a later save in the rule folder";
        };
    }
}

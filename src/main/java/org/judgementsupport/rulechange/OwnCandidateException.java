package org.judgementsupport.rulechange;

import org.judgementsupport.system.ProblemTypes;
import org.judgementsupport.system.Refusal;
import org.springframework.http.HttpStatus;

/** A second pair of eyes means someone else's: the proposer of a candidate cannot approve it. */
public class OwnCandidateException extends Refusal {

    public OwnCandidateException(String version, String user) {
        super(HttpStatus.FORBIDDEN, ProblemTypes.OWN_CANDIDATE, "You cannot approve your own change",
                "Candidate " + version + " was proposed by you (" + user + "); it must be approved by a policy colleague.");
        property("version", version);
    }
}

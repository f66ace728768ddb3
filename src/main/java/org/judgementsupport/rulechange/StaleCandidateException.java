package org.judgementsupport.rulechange;

import java.util.List;
import org.judgementsupport.system.ProblemTypes;
import org.judgementsupport.system.Refusal;
import org.springframework.http.HttpStatus;

/**
 * A candidate validated while one version was in service, approved or activated after another went live: putting it
 * into service would silently undo the newer version's changes (a lost update). The answer names both versions and
 * every file and cell changed in between, and points to the rebase that re-applies the candidate on top.
 */
public class StaleCandidateException extends Refusal {

    public StaleCandidateException(String candidate, String basedOn, String inService, List<ChangedFile> changedSince) {
        super(HttpStatus.CONFLICT, ProblemTypes.STALE_CANDIDATE, "The candidate was made against a version no longer in service",
                "Candidate " + candidate + " was validated while " + basedOn + " was in service, but " + inService + " has gone into service "
                        + "since; putting the candidate into service would undo " + inService + "'s changes. Rebase it "
                        + "(POST /api/v1/rulesets/" + candidate + "/rebase) to re-apply its changes on top of " + inService + ".");
        property("candidate", candidate);
        property("basedOn", basedOn);
        property("inService", inService);
        property("changedSince", changedSince);
    }
}

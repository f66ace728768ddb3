package org.judgementsupport.rulechange;

import java.util.List;
import org.judgementsupport.system.ProblemTypes;
import org.judgementsupport.system.Refusal;
import org.springframework.http.HttpStatus;

/** A candidate asked to go into service before enough policy colleagues other than its proposer approved it. */
public class ApprovalsMissingException extends Refusal {

    public ApprovalsMissingException(String version, String proposedBy, int required, List<String> approvedBy) {
        super(HttpStatus.CONFLICT, ProblemTypes.APPROVALS_MISSING, "The candidate is not yet approved",
                "Candidate " + version + " needs " + required + (required == 1 ? " approval" : " approvals") + " by policy colleagues other than "
                        + (proposedBy == null ? "its proposer" : proposedBy) + " before it can go into service; it has " + approvedBy.size()
                        + ", so " + (required - approvedBy.size()) + " more " + (required - approvedBy.size() == 1 ? "is" : "are")
                        + " missing. Ask a colleague to approve it (POST /api/v1/rulesets/" + version + "/approvals).");
        property("version", version);
        property("proposedBy", proposedBy);
        property("approvalsRequired", required);
        property("approvedBy", approvedBy);
        property("approvalsMissing", required - approvedBy.size());
    }
}

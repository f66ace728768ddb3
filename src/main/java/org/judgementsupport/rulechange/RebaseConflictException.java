package org.judgementsupport.rulechange;

import java.util.List;
import org.judgementsupport.system.ProblemTypes;
import org.judgementsupport.system.Refusal;
import org.springframework.http.HttpStatus;

/**
 * A candidate's changes cannot be re-applied on top of the version in service because both changed the same cells (or
 * the same rule or scenario file) differently: which value is right is for people to decide.
 */
public class RebaseConflictException extends Refusal {

    RebaseConflictException(String candidate, String basedOn, String inService, List<RuleSetMerge.Conflict> conflicts) {
        super(HttpStatus.CONFLICT, ProblemTypes.REBASE_CONFLICT, "The candidate and the version in service changed the same cells",
                "Candidate " + candidate + " and " + inService + " (in service) both changed " + conflicts.size()
                        + (conflicts.size() == 1 ? " cell or file" : " cells or files") + " since " + basedOn + ", each differently; they are "
                        + "listed in conflicts. Make the change again on top of " + inService + " and validate it.");
        property("candidate", candidate);
        property("basedOn", basedOn);
        property("inService", inService);
        property("conflicts", conflicts);
    }
}

package org.judgementsupport.moderation;

import java.util.List;
import org.judgementsupport.system.ProblemTypes;
import org.judgementsupport.system.Refusal;
import org.springframework.http.HttpStatus;

/** A moderation batch was refused; nothing was stored. Lists the problems, case by case, up to a limit, and counts them all. */
public class BatchRejectedException extends Refusal {

    private final transient List<ModerationBatches.CaseProblem> problems;
    private final int total;

    BatchRejectedException(List<ModerationBatches.CaseProblem> problems) {
        this(problems, problems.size());
    }

    BatchRejectedException(List<ModerationBatches.CaseProblem> problems, int total) {
        super(total + " problem(s) in the moderation batch", HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_BATCH,
                "The moderation batch was not accepted", total + " problem(s) in the batch"
                        + (total > problems.size() ? " (the first " + problems.size() + " are listed)" : "")
                        + "; nothing was stored. Correct them and submit the batch again.");
        this.problems = List.copyOf(problems);
        this.total = total;
        property("errors", this.problems);
        property("problemCount", total);
    }

    public List<ModerationBatches.CaseProblem> problems() {
        return problems;
    }

    /** Every problem found, listed or not. */
    public int total() {
        return total;
    }
}

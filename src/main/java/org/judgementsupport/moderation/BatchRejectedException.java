package org.judgementsupport.moderation;

import java.util.List;

/** A moderation batch was refused; nothing was stored. Lists the problems, case by case, up to a limit, and counts them all. */
public class BatchRejectedException extends RuntimeException {

    private final transient List<ModerationBatches.CaseProblem> problems;
    private final int total;

    BatchRejectedException(List<ModerationBatches.CaseProblem> problems) {
        this(problems, problems.size());
    }

    BatchRejectedException(List<ModerationBatches.CaseProblem> problems, int total) {
        super(total + " problem(s) in the moderation batch");
        this.problems = List.copyOf(problems);
        this.total = total;
    }

    public List<ModerationBatches.CaseProblem> problems() {
        return problems;
    }

    /** Every problem found, listed or not. */
    public int total() {
        return total;
    }
}

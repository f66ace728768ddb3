package org.judgementsupport.moderation;

import java.util.List;

/** A moderation batch was refused; nothing was stored. Lists every problem, case by case. */
public class BatchRejectedException extends RuntimeException {

    private final transient List<ModerationBatches.CaseProblem> problems;

    BatchRejectedException(List<ModerationBatches.CaseProblem> problems) {
        super(problems.size() + " problem(s) in the moderation batch");
        this.problems = List.copyOf(problems);
    }

    public List<ModerationBatches.CaseProblem> problems() {
        return problems;
    }
}

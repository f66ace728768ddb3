package org.judgementsupport.evidence;

import java.util.List;

/** Submitted evidence was refused; nothing was evaluated. Carries every problem found, not just the first. */
public class EvidenceRejectedException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public EvidenceRejectedException(List<FieldProblem> problems) {
        super(problems.size() + " problem(s) with the submitted evidence");
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}

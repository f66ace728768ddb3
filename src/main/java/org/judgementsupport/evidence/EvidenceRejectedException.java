package org.judgementsupport.evidence;

import java.util.List;
import org.judgementsupport.system.FieldProblem;
import org.judgementsupport.system.ProblemTypes;
import org.judgementsupport.system.Refusal;
import org.springframework.http.HttpStatus;

/** Submitted evidence was refused; nothing was evaluated. Carries every problem found, not just the first. */
public class EvidenceRejectedException extends Refusal {

    private final transient List<FieldProblem> problems;

    public EvidenceRejectedException(List<FieldProblem> problems) {
        super(problems.size() + " problem(s) with the submitted evidence", HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_EVIDENCE,
                "The evidence was not accepted", problems.size() == 1 ? "One field needs correcting; nothing was evaluated."
                        : problems.size() + " fields need correcting; nothing was evaluated.");
        this.problems = List.copyOf(problems);
        property("errors", this.problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}

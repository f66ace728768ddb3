package org.judgementsupport.evidence;

import java.net.URI;
import java.util.List;
import org.judgementsupport.system.FieldProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Submitted evidence was refused; nothing was evaluated. Carries every problem found, not just the first. */
public class EvidenceRejectedException extends ErrorResponseException {

    private final transient List<FieldProblem> problems;

    public EvidenceRejectedException(List<FieldProblem> problems) {
        super(HttpStatus.BAD_REQUEST, problem(problems), null);
        this.problems = List.copyOf(problems);
        getBody().setProperty("errors", this.problems);
    }

    private static ProblemDetail problem(List<FieldProblem> problems) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, problems.size() == 1
                ? "One field needs correcting; nothing was evaluated." : problems.size() + " fields need correcting; nothing was evaluated.");
        problem.setType(URI.create("/problems/invalid-evidence"));
        problem.setTitle("The evidence was not accepted");
        return problem;
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    @Override
    public String getMessage() {
        return problems.size() + " problem(s) with the submitted evidence";
    }
}

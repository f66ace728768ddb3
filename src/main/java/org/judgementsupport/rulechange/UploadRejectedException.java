package org.judgementsupport.rulechange;

import java.util.List;
import org.judgementsupport.system.ProblemTypes;
import org.judgementsupport.system.Refusal;
import org.springframework.http.HttpStatus;

/** Uploaded rule files were refused before validation; nothing was stored. Each problem names the file, the rule and why. */
public class UploadRejectedException extends Refusal {

    private final transient List<UploadProblem> problems;

    public UploadRejectedException(List<UploadProblem> problems) {
        super(problems.size() + " problem(s) with the upload", HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_UPLOAD,
                "The uploaded files were not accepted", "The upload was refused before validation ("
                        + String.join(", ", problems.stream().map(problem -> problem.rule().name()).distinct().toList()) + "); nothing was stored.");
        this.problems = List.copyOf(problems);
        property("errors", this.problems);
    }

    public List<UploadProblem> problems() {
        return problems;
    }
}

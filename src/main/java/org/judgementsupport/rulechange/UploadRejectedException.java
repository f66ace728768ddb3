package org.judgementsupport.rulechange;

import java.util.List;

/** Uploaded rule files were refused before validation; nothing was stored. Each problem names the file, the rule and why. */
public class UploadRejectedException extends RuntimeException {

    private final transient List<UploadProblem> problems;

    public UploadRejectedException(List<UploadProblem> problems) {
        super(problems.size() + " problem(s) with the upload");
        this.problems = List.copyOf(problems);
    }

    public List<UploadProblem> problems() {
        return problems;
    }
}

package org.judgementsupport.rulechange;

import java.util.List;
import org.judgementsupport.system.ProblemTypes;
import org.judgementsupport.system.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Problems with rule-set requests: a refused upload, an unknown version. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class RuleSetProblemsAdvice {

    @ExceptionHandler(UploadRejectedException.class)
    ProblemDetail invalidUpload(UploadRejectedException rejected) {
        List<String> rules = rejected.problems().stream().map(problem -> problem.rule().name()).distinct().toList();
        ProblemDetail problem = Problems.problem(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_UPLOAD, "The uploaded files were not accepted",
                "The upload was refused before validation (" + String.join(", ", rules) + "); nothing was stored.");
        problem.setProperty("errors", rejected.problems());
        return problem;
    }

    @ExceptionHandler(VersionNotFoundException.class)
    ProblemDetail versionNotFound(VersionNotFoundException missing) {
        return Problems.problem(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "No such rule-set version", missing.getMessage());
    }
}

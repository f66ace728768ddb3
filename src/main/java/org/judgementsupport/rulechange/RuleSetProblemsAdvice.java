package org.judgementsupport.rulechange;

import org.judgementsupport.system.ProblemTypes;
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
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The upload was refused before validation; nothing was stored.");
        problem.setType(ProblemTypes.INVALID_UPLOAD);
        problem.setTitle("The uploaded files were not accepted");
        problem.setProperty("errors", rejected.reasons());
        return problem;
    }

    @ExceptionHandler(VersionNotFoundException.class)
    ProblemDetail versionNotFound(VersionNotFoundException missing) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, missing.getMessage());
        problem.setType(ProblemTypes.NOT_FOUND);
        problem.setTitle("No such rule-set version");
        return problem;
    }
}

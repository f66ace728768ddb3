package org.judgementsupport.impact;

import org.judgementsupport.system.ProblemTypes;
import org.judgementsupport.system.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Problems with an impact preview: no such candidate, a candidate that does not compile. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ImpactProblemsAdvice {

    @ExceptionHandler(CandidateNotFoundException.class)
    ProblemDetail notFound(CandidateNotFoundException missing) {
        return Problems.problem(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "No such candidate rule set", missing.getMessage());
    }

    @ExceptionHandler(CandidateDoesNotCompileException.class)
    ProblemDetail doesNotCompile(CandidateDoesNotCompileException broken) {
        return Problems.problem(HttpStatus.UNPROCESSABLE_ENTITY, ProblemTypes.INVALID_RULE_SET, "The candidate rule set does not compile",
                broken.getMessage());
    }
}

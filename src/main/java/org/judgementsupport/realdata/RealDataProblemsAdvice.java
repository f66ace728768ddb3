package org.judgementsupport.realdata;

import org.judgementsupport.system.ProblemTypes;
import org.judgementsupport.system.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Problems with the real-data endpoints: no statistics configured, nothing published. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class RealDataProblemsAdvice {

    @ExceptionHandler(RealDataUnavailableException.class)
    ProblemDetail unavailable(RealDataUnavailableException unavailable) {
        return Problems.problem(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.REAL_DATA_UNAVAILABLE, "The published statistics are not available",
                unavailable.getMessage());
    }

    @ExceptionHandler(RealDataNotFoundException.class)
    ProblemDetail notFound(RealDataNotFoundException missing) {
        return Problems.problem(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "No published figures", missing.getMessage());
    }
}

package org.judgementsupport.moderation;

import org.judgementsupport.system.ProblemTypes;
import org.judgementsupport.system.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Problems with moderation requests: a refused batch, an unknown report, a report not yet complete. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ModerationProblemsAdvice {

    @ExceptionHandler(BatchRejectedException.class)
    ProblemDetail batchRejected(BatchRejectedException rejected) {
        ProblemDetail problem = Problems.problem(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_BATCH, "The moderation batch was not accepted",
                rejected.problems().size() + " problem(s) in the batch; nothing was stored. Correct them and submit the batch again.");
        problem.setProperty("errors", rejected.problems());
        return problem;
    }

    @ExceptionHandler(ReportNotFoundException.class)
    ProblemDetail notFound(ReportNotFoundException missing) {
        return Problems.problem(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "No such consistency report", missing.getMessage());
    }

    @ExceptionHandler(ReportNotReadyException.class)
    ProblemDetail notReady(ReportNotReadyException notReady) {
        return Problems.problem(HttpStatus.CONFLICT, ProblemTypes.REPORT_NOT_READY, "The consistency report is not complete",
                notReady.getMessage());
    }
}

package org.judgementsupport.moderation;

import java.util.List;
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
                rejected.total() + " problem(s) in the batch" + (rejected.total() > rejected.problems().size()
                        ? " (the first " + rejected.problems().size() + " are listed)" : "")
                        + "; nothing was stored. Correct them and submit the batch again.");
        problem.setProperty("errors", rejected.problems());
        problem.setProperty("problemCount", rejected.total());
        return problem;
    }

    @ExceptionHandler(BatchTooLargeException.class)
    ProblemDetail tooLarge(BatchTooLargeException tooLarge) {
        ProblemDetail problem = Problems.problem(HttpStatus.PAYLOAD_TOO_LARGE, ProblemTypes.BATCH_TOO_LARGE, "The moderation batch is too large",
                "A batch may hold at most " + tooLarge.maxCases() + " cases (judgement-support.moderation.max-cases); this one holds more, "
                        + "so it was not read further and nothing was stored. Split it into batches of at most " + tooLarge.maxCases() + ".");
        problem.setProperty("maxCases", tooLarge.maxCases());
        problem.setProperty("errors", List.of(new ModerationBatches.CaseProblem(null, "cases", "must be at most " + tooLarge.maxCases())));
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

package org.judgementsupport.audit;

import org.judgementsupport.system.ProblemTypes;
import org.judgementsupport.system.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Problems with stored judgements: an unknown id, an idempotency key reused for other evidence. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class AuditProblemsAdvice {

    @ExceptionHandler(JudgementNotFoundException.class)
    ProblemDetail notFound(JudgementNotFoundException missing) {
        return Problems.problem(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "No such judgement", missing.getMessage());
    }

    @ExceptionHandler(IdempotencyKeyReusedException.class)
    ProblemDetail keyReused(IdempotencyKeyReusedException reused) {
        return Problems.problem(HttpStatus.UNPROCESSABLE_ENTITY, ProblemTypes.IDEMPOTENCY_KEY_REUSED, "Idempotency key already used",
                reused.getMessage());
    }
}

package org.judgementsupport.audit;

import org.judgementsupport.system.ProblemTypes;
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
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, missing.getMessage());
        problem.setType(ProblemTypes.NOT_FOUND);
        problem.setTitle("No such judgement");
        return problem;
    }

    @ExceptionHandler(IdempotencyKeyReusedException.class)
    ProblemDetail keyReused(IdempotencyKeyReusedException reused) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, reused.getMessage());
        problem.setType(ProblemTypes.IDEMPOTENCY_KEY_REUSED);
        problem.setTitle("Idempotency key already used");
        return problem;
    }
}

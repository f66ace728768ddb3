package org.judgementsupport.security;

import org.judgementsupport.system.ProblemTypes;
import org.judgementsupport.system.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Problems with accounts and with access refused inside a request (an inspector reading someone else's judgement). */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class AccountProblemsAdvice {

    @ExceptionHandler(AccountRequestException.class)
    ProblemDetail invalid(AccountRequestException invalid) {
        ProblemDetail problem = Problems.problem(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_ACCOUNT_REQUEST, "The account request was not accepted",
                invalid.problems().size() + " field(s) need correcting; nothing was changed.");
        problem.setProperty("errors", invalid.problems());
        return problem;
    }

    @ExceptionHandler(AccountNotFoundException.class)
    ProblemDetail notFound(AccountNotFoundException missing) {
        return Problems.problem(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "No such account", missing.getMessage());
    }

    @ExceptionHandler(LastAdministratorException.class)
    ProblemDetail lastAdministrator(LastAdministratorException last) {
        return Problems.problem(HttpStatus.CONFLICT, ProblemTypes.LAST_ADMINISTRATOR, "The last administrator must stay", last.getMessage());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException denied) {
        ProblemDetail problem = ProblemResponses.forbidden();
        if (denied.getMessage() != null && !denied.getMessage().isBlank() && !denied.getMessage().equals("Access Denied")) {
            problem.setDetail(denied.getMessage());
        }
        return problem;
    }
}

package org.judgementsupport.security;

import java.util.List;
import org.judgementsupport.system.FieldProblem;
import org.judgementsupport.system.ProblemTypes;
import org.judgementsupport.system.Refusal;
import org.springframework.http.HttpStatus;

/** A request about an account that cannot be carried out as sent: each field at fault and why. */
class AccountRequestException extends Refusal {

    private final transient List<FieldProblem> problems;

    AccountRequestException(List<FieldProblem> problems) {
        super(problems.size() + " problem(s) with the request", HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_ACCOUNT_REQUEST,
                "The account request was not accepted", problems.size() + " field(s) need correcting; nothing was changed.");
        this.problems = List.copyOf(problems);
        property("errors", this.problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}

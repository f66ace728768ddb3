package org.judgementsupport.security;

import java.util.List;
import org.judgementsupport.evidence.FieldProblem;

/** A request about an account that cannot be carried out as sent: each field at fault and why. */
public class AccountRequestException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    AccountRequestException(List<FieldProblem> problems) {
        super(problems.size() + " problem(s) with the request");
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}

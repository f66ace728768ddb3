package org.judgementsupport.security;

import org.judgementsupport.system.ProblemTypes;
import org.judgementsupport.system.Refusal;
import org.springframework.http.HttpStatus;

/** No such local account. */
class AccountNotFoundException extends Refusal {

    AccountNotFoundException(String message) {
        super(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "No such account", message);
    }
}

package org.judgementsupport.security;

import org.judgementsupport.system.ProblemTypes;
import org.judgementsupport.system.Refusal;
import org.springframework.http.HttpStatus;

/** The change would leave no enabled administrator, and nobody able to manage accounts. */
class LastAdministratorException extends Refusal {

    LastAdministratorException(String username) {
        super(HttpStatus.CONFLICT, ProblemTypes.LAST_ADMINISTRATOR, "The last administrator must stay",
                username + " is the last enabled administrator; make someone else an administrator first");
    }
}

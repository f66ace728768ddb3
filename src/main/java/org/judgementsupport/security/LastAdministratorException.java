package org.judgementsupport.security;

/** The change would leave no enabled administrator, and nobody able to manage accounts. */
class LastAdministratorException extends RuntimeException {

    LastAdministratorException(String username) {
        super(username + " is the last enabled administrator; make someone else an administrator first");
    }
}

package org.judgementsupport.security;

/** No such local account. */
class AccountNotFoundException extends RuntimeException {

    AccountNotFoundException(String message) {
        super(message);
    }
}

package org.judgementsupport.audit;

/** An Idempotency-Key already used for different evidence: a retry must send the same evidence. */
public class IdempotencyKeyReusedException extends RuntimeException {

    public IdempotencyKeyReusedException(String key) {
        super("the Idempotency-Key '" + key + "' was already used for different evidence; use a new key for new evidence");
    }
}

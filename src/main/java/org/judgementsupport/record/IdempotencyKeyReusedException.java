package org.judgementsupport.record;

import org.judgementsupport.system.ProblemTypes;
import org.judgementsupport.system.Refusal;
import org.springframework.http.HttpStatus;

/** An Idempotency-Key already used for different evidence: a retry must send the same evidence. */
public class IdempotencyKeyReusedException extends Refusal {

    public IdempotencyKeyReusedException(String key) {
        super(HttpStatus.UNPROCESSABLE_ENTITY, ProblemTypes.IDEMPOTENCY_KEY_REUSED, "Idempotency key already used",
                "the Idempotency-Key '" + key + "' was already used for different evidence; use a new key for new evidence");
    }
}

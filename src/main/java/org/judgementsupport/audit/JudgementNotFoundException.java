package org.judgementsupport.audit;

import java.util.UUID;

/** No stored judgement has that id. */
public class JudgementNotFoundException extends RuntimeException {

    public JudgementNotFoundException(UUID id) {
        super("no judgement " + id + " is stored");
    }
}

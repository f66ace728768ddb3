package org.judgementsupport.record;

import java.util.UUID;
import org.judgementsupport.system.ProblemTypes;
import org.judgementsupport.system.Refusal;
import org.springframework.http.HttpStatus;

/** No stored judgement has that id. */
public class JudgementNotFoundException extends Refusal {

    public JudgementNotFoundException(UUID id) {
        super(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "No such judgement", "no judgement " + id + " is stored");
    }
}

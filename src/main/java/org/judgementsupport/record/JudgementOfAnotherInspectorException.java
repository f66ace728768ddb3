package org.judgementsupport.record;

import org.judgementsupport.system.ProblemTypes;
import org.judgementsupport.system.Refusal;
import org.springframework.http.HttpStatus;

/** An inspector asked for a judgement someone else requested: inspectors read their own, moderators every one. */
class JudgementOfAnotherInspectorException extends Refusal {

    JudgementOfAnotherInspectorException() {
        super(HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, "Not allowed",
                "Inspectors read the judgements they requested; this one was requested by someone else.");
    }
}

package org.judgementsupport.moderation;

import java.util.UUID;
import org.judgementsupport.system.ProblemTypes;
import org.judgementsupport.system.Refusal;
import org.springframework.http.HttpStatus;

/** No consistency report has that id. */
public class ReportNotFoundException extends Refusal {

    public ReportNotFoundException(UUID id) {
        super(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "No such consistency report", "no consistency report " + id);
    }
}

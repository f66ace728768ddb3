package org.judgementsupport.realdata;

import org.judgementsupport.system.ProblemTypes;
import org.judgementsupport.system.Refusal;
import org.springframework.http.HttpStatus;

/** No download of the published statistics is configured, or it cannot be read. */
public class RealDataUnavailableException extends Refusal {

    public RealDataUnavailableException(String message, Throwable cause) {
        super(message, HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.REAL_DATA_UNAVAILABLE, "The published statistics are not available", message, cause);
    }
}

package org.judgementsupport.realdata;

import org.judgementsupport.system.ProblemTypes;
import org.judgementsupport.system.Refusal;
import org.springframework.http.HttpStatus;

/** Nothing is published for the authority before the date. */
class RealDataNotFoundException extends Refusal {

    RealDataNotFoundException(String message) {
        super(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "No published figures", message);
    }
}

package org.judgementsupport.system;

import java.util.List;
import org.springframework.http.HttpStatus;

/** A request parameter or header that cannot be used: a 400 problem naming it, the value sent and why. */
public class InvalidParameterException extends Refusal {

    /**
     * @param rejectedValue the value sent, or null where it is not to be repeated back (a long or unsafe text)
     * @param reason        completes "Parameter 'x' …", e.g. "must be stored or real-cases"
     */
    public InvalidParameterException(String parameter, Object rejectedValue, String reason) {
        super(reason, HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_PARAMETER, "A request parameter was not accepted",
                "Parameter '" + parameter + "' " + reason + ".");
        property("errors", List.of(new FieldProblem(parameter, rejectedValue, reason)));
    }
}

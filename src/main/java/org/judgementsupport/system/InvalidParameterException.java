package org.judgementsupport.system;

/** A request parameter that cannot be used; answered as a problem naming the parameter and why. */
public class InvalidParameterException extends RuntimeException {

    private final String parameter;
    private final Object rejectedValue;

    /**
     * @param reason completes "Parameter 'x' …", e.g. "must be stored or real-cases"
     */
    public InvalidParameterException(String parameter, Object rejectedValue, String reason) {
        super(reason);
        this.parameter = parameter;
        this.rejectedValue = rejectedValue;
    }

    public String parameter() {
        return parameter;
    }

    public Object rejectedValue() {
        return rejectedValue;
    }
}

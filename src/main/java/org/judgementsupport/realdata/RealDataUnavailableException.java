package org.judgementsupport.realdata;

/** No download of the published statistics is configured, or it cannot be read. */
public class RealDataUnavailableException extends RuntimeException {

    public RealDataUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}

package org.judgementsupport.system;

import java.io.IOException;

/** The request body is bigger than the service accepts. An IOException so it passes through body readers unchanged. */
public class RequestTooLargeException extends IOException {

    private final long limitBytes;

    public RequestTooLargeException(long limitBytes) {
        super("the request body is larger than " + limitBytes + " bytes");
        this.limitBytes = limitBytes;
    }

    public long limitBytes() {
        return limitBytes;
    }
}

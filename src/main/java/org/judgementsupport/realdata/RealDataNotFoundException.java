package org.judgementsupport.realdata;

/** Nothing is published for the authority before the date. */
class RealDataNotFoundException extends RuntimeException {

    RealDataNotFoundException(String message) {
        super(message);
    }
}

package org.judgementsupport.moderation;

import java.util.UUID;

/** No consistency report has that id. */
public class ReportNotFoundException extends RuntimeException {

    public ReportNotFoundException(UUID id) {
        super("no consistency report " + id);
    }
}

package org.judgementsupport.moderation;

/** A report asked for before it is complete. */
public class ReportNotReadyException extends RuntimeException {

    public ReportNotReadyException(ModerationReports.ReportStatus status) {
        super("the consistency report is " + status.status().name().toLowerCase() + " (" + status.percentDone() + "% done)"
                + (status.error() == null ? "; ask again shortly" : ": " + status.error()));
    }
}

package org.judgementsupport.moderation;

import org.judgementsupport.system.ProblemTypes;
import org.judgementsupport.system.Refusal;
import org.springframework.http.HttpStatus;

/** A report asked for before it is complete. */
public class ReportNotReadyException extends Refusal {

    public ReportNotReadyException(ModerationReports.ReportStatus status) {
        super(HttpStatus.CONFLICT, ProblemTypes.REPORT_NOT_READY, "The consistency report is not complete",
                "the consistency report is " + status.state().status().name().toLowerCase() + " (" + status.percentDone() + "% done)"
                        + (status.state() instanceof ReportState.Failed failed && failed.error() != null ? ": " + failed.error() : "; ask again shortly"));
    }
}

package org.judgementsupport.moderation;

import java.time.Instant;

/** Where a consistency report's run has got to: each stage holds what it has, and only that. */
public sealed interface ReportState permits ReportState.Queued, ReportState.Running, ReportState.Complete, ReportState.Failed {

    /** The word the API and the store use for the stage. */
    ModerationReports.Status status();

    /** Stored, waiting for the reports before it. */
    record Queued() implements ReportState {

        @Override
        public ModerationReports.Status status() {
            return ModerationReports.Status.QUEUED;
        }
    }

    /** Judging its cases; how many so far is the report's progress. */
    record Running() implements ReportState {

        @Override
        public ModerationReports.Status status() {
            return ModerationReports.Status.RUNNING;
        }
    }

    /**
     * Done, with the report to read.
     *
     * @param report null only in a list of reports, which leaves their contents out
     */
    record Complete(Instant completedAt, ConsistencyReport report) implements ReportState {

        @Override
        public ModerationReports.Status status() {
            return ModerationReports.Status.COMPLETE;
        }
    }

    /** Stopped, and why. */
    record Failed(Instant completedAt, String error) implements ReportState {

        @Override
        public ModerationReports.Status status() {
            return ModerationReports.Status.FAILED;
        }
    }
}

package org.judgementsupport.moderation;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.judgementsupport.framework.Grade;
import org.judgementsupport.framework.JudgementArea;
import org.judgementsupport.ruleset.RuleSetRegistry;
import org.judgementsupport.system.CanonicalJson;
import org.springframework.stereotype.Service;

/**
 * Consistency reports as jobs: submitted (stored, with the rule-set version in service at the time), run one at a time
 * in the background with their progress visible ({@link ModerationReportJobs}), then kept for reading and download.
 */
@Service
public class ModerationReports {

    /** The stages of a report's run, as the API and the store name them. */
    public enum Status { QUEUED, RUNNING, COMPLETE, FAILED }

    /**
     * A report as submitted and how far its run has got; the report itself once complete.
     *
     * @param cases  how many cases the batch holds
     * @param judged how many of them have been judged so far
     */
    public record ReportStatus(UUID id, int cases, int judged, Instant createdAt, String submittedBy, String ruleSetVersion,
                               double similarityThreshold, ReportState state) {

        public int percentDone() {
            return cases == 0 ? 100 : judged * 100 / cases;
        }

        @JsonValue
        Answer answer() {
            Instant completedAt = state instanceof ReportState.Complete complete ? complete.completedAt()
                    : state instanceof ReportState.Failed failed ? failed.completedAt() : null;
            return new Answer(id, state.status(), cases, judged, percentDone(), createdAt, submittedBy, completedAt, ruleSetVersion,
                    similarityThreshold, state instanceof ReportState.Failed failed ? failed.error() : null,
                    state instanceof ReportState.Complete complete ? complete.report() : null);
        }
    }

    /** A report's status as the API answers it, whatever its stage: every field, null where the stage has none. */
    record Answer(UUID id, Status status, int cases, int judged, int percentDone, Instant createdAt, String submittedBy, Instant completedAt,
                  String ruleSetVersion, double similarityThreshold, String error, ConsistencyReport report) {
    }

    /** A case as stored: evidence as JSON so it is read back exactly as it was first read. */
    record StoredCase(String caseId, Object evidence, Map<JudgementArea, Grade> recordedGrades) {
    }

    private final ModerationReportStore store;
    private final ModerationReportJobs jobs;
    private final RuleSetRegistry registry;
    private final Clock clock;

    ModerationReports(ModerationReportStore store, ModerationReportJobs jobs, RuleSetRegistry registry, Clock clock) {
        this.store = store;
        this.jobs = jobs;
        this.registry = registry;
        this.clock = clock;
    }

    /** Stores the batch and queues the report; returns at once. */
    public UUID submit(List<ModerationCase> cases, double similarityThreshold, String submittedBy) {
        UUID id = UUID.randomUUID();
        List<StoredCase> stored = cases.stream()
                .map(moderationCase -> new StoredCase(moderationCase.caseId(), moderationCase.evidence(), moderationCase.recordedGrades())).toList();
        store.insert(id, clock.instant(), submittedBy, cases.size(), registry.active().version(), similarityThreshold, CanonicalJson.write(stored));
        jobs.queue(id);
        return id;
    }

    public Optional<ReportStatus> status(UUID id) {
        return store.find(id);
    }

    /** Reports, newest first, without their contents. */
    public List<ReportStatus> list() {
        return store.list();
    }

    public Optional<String> casesCsv(UUID id) {
        return store.casesCsv(id);
    }
}

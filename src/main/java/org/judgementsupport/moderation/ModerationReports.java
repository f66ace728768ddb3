package org.judgementsupport.moderation;

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

    public enum Status { QUEUED, RUNNING, COMPLETE, FAILED }

    /** A report's state; the report itself once complete. */
    public record ReportStatus(UUID id, Status status, int cases, int judged, int percentDone, Instant createdAt, String submittedBy,
                               Instant completedAt, String ruleSetVersion, double similarityThreshold, String error, ConsistencyReport report) {
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

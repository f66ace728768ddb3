package org.judgementsupport.moderation;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.judgementsupport.evidence.EvidenceReader;
import org.judgementsupport.framework.Grade;
import org.judgementsupport.framework.JudgementArea;
import org.judgementsupport.ruleset.RuleSetRegistry;
import org.judgementsupport.system.CanonicalJson;
import org.springframework.stereotype.Service;

/**
 * Consistency reports as jobs: submitted (stored, with the rule-set version in service at the time), run one at a time
 * in the background with their progress visible ({@link ModerationReportJobs}), then kept for reading and download.
 * The pages submit batches here, read as JSON or CSV by {@link ModerationBatches} as the API reads them, and take the
 * downloads written as the API writes them, so both take and give the same.
 */
@Service
public class ModerationReports {

    /** How close evidence must be, on the 0-to-1 evidence scale, for two cases to count as similar, unless the batch says. */
    public static final double DEFAULT_SIMILARITY = 0.05;

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
    private final EvidenceReader evidenceReader;
    private final ObjectMapper json;
    private final ModerationLimits limits;
    private final Clock clock;

    ModerationReports(ModerationReportStore store, ModerationReportJobs jobs, RuleSetRegistry registry, EvidenceReader evidenceReader,
                      ObjectMapper json, ModerationLimits limits, Clock clock) {
        this.store = store;
        this.jobs = jobs;
        this.registry = registry;
        this.evidenceReader = evidenceReader;
        this.json = json;
        this.limits = limits;
        this.clock = clock;
    }

    /**
     * Reads a JSON batch ({@code {"cases": [...], "similarityThreshold": 0.05}}) a case at a time and submits it.
     *
     * @throws BatchRejectedException listing every problem, the threshold's included; nothing is stored
     * @throws BatchTooLargeException past {@link ModerationLimits#maxCases()} cases
     * @throws IOException            when the body is not JSON, or is over its size limit
     */
    public UUID submitJson(InputStream body, String submittedBy) throws IOException {
        ModerationBatches.Batch batch = ModerationBatches.fromJson(body, json, evidenceReader, limits.maxCases());
        double similarity = batch.similarityThreshold() == null ? DEFAULT_SIMILARITY : batch.similarityThreshold();
        return submit(batch.cases(), checked(similarity), submittedBy);
    }

    /**
     * Reads a CSV batch (the columns of {@link #template()}) row by row and submits it.
     *
     * @throws BatchRejectedException listing every problem, the threshold's included; nothing is stored
     * @throws BatchTooLargeException past {@link ModerationLimits#maxCases()} rows
     */
    public UUID submitCsv(InputStream csv, double similarityThreshold, String submittedBy) {
        double similarity = checked(similarityThreshold);
        return submit(ModerationBatches.fromCsv(csv, evidenceReader, limits.maxCases()), similarity, submittedBy);
    }

    /** A CSV batch's template: every column a batch can have, and one example case. */
    public String template() {
        return ModerationBatches.template();
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

    /**
     * The report, once its run is complete.
     *
     * @throws ReportNotFoundException when there is no such report
     * @throws ReportNotReadyException while it is queued or running, or when it failed
     */
    public ConsistencyReport complete(UUID id) {
        ReportStatus status = status(id).orElseThrow(() -> new ReportNotFoundException(id));
        if (!(status.state() instanceof ReportState.Complete complete)) {
            throw new ReportNotReadyException(status);
        }
        return complete.report();
    }

    /**
     * One row per case and area: recorded and provisional grades, findings. Written again on the way out, so reports
     * stored before cells were made safe are served safely too.
     *
     * @throws ReportNotFoundException when there is no such report
     * @throws ReportNotReadyException until it is complete
     */
    public String casesCsv(UUID id) {
        complete(id);
        return CsvText.rewrite(store.casesCsv(id).orElseThrow(() -> new ReportNotFoundException(id)));
    }

    /**
     * One row per area: agreement statistics and the confusion matrix, its not-determined column included.
     *
     * @throws ReportNotFoundException when there is no such report
     * @throws ReportNotReadyException until it is complete
     */
    public String areasCsv(UUID id) {
        return areasCsv(complete(id));
    }

    static String areasCsv(ConsistencyReport report) {
        List<String> header = new ArrayList<>(List.of("area", "recorded", "compared", "notDetermined", "exactAgreement", "withinOneGrade",
                "weightedKappa", "kappaLower95", "kappaUpper95"));
        for (Grade recorded : Grade.values()) {
            for (Grade provisional : Grade.values()) {
                header.add("recorded " + recorded + " / provisional " + provisional);
            }
            header.add("recorded " + recorded + " / not determined");
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(header.toArray(String[]::new));
        for (ConsistencyReport.AreaAgreement area : report.areas()) {
            Agreement agreement = area.agreement();
            List<String> row = new ArrayList<>(List.of(area.area().name(), Integer.toString(area.recorded()), Integer.toString(agreement.pairs()),
                    Integer.toString(area.notDetermined()), text(agreement.exact()), text(agreement.withinOneGrade()), text(agreement.weightedKappa()),
                    text(agreement.kappaLower95()), text(agreement.kappaUpper95())));
            for (Grade recorded : Grade.values()) {
                for (Grade provisional : Grade.values()) {
                    row.add(Integer.toString(agreement.confusion()[recorded.ordinal()][provisional.ordinal()]));
                }
                row.add(Integer.toString(area.notDeterminedByRecordedGrade().getOrDefault(recorded, 0)));
            }
            rows.add(row.toArray(String[]::new));
        }
        return CsvText.write(rows);
    }

    /** A threshold outside its range refuses the batch like any other problem with it. */
    static double checked(double similarity) {
        List<ModerationBatches.CaseProblem> problems = new ModerationRequests.ReportSettings(similarity).problems().stream()
                .map(problem -> new ModerationBatches.CaseProblem(null, problem.field(), problem.reason())).toList();
        if (!problems.isEmpty()) {
            throw new BatchRejectedException(problems);
        }
        return similarity;
    }

    private static String text(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.4f", value);
    }
}

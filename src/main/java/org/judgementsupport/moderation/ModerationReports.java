package org.judgementsupport.moderation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PreDestroy;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.judgementsupport.system.CanonicalJson;
import org.judgementsupport.criteria.Effect;
import org.judgementsupport.evidence.EvidenceReader;
import org.judgementsupport.framework.Grade;
import org.judgementsupport.framework.JudgementArea;
import org.judgementsupport.judgement.AreaJudgement;
import org.judgementsupport.judgement.ExplainedFinding;
import org.judgementsupport.judgement.Judge;
import org.judgementsupport.ruleset.RuleSet;
import org.judgementsupport.ruleset.RuleSetRegistry;
import org.judgementsupport.ruleset.RuleSetVersions;
import org.judgementsupport.system.Timestamps;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Consistency reports as jobs: submitted (stored, with the rule-set version in service at the time), run one at a time
 * in the background with their progress visible, then kept for reading and download. A report a restart interrupted
 * is run again from its stored input.
 */
@Service
public class ModerationReports {

    private static final Logger log = LoggerFactory.getLogger(ModerationReports.class);

    public enum Status { QUEUED, RUNNING, COMPLETE, FAILED }

    /** A report's state; the report itself once complete. */
    public record ReportStatus(UUID id, Status status, int cases, int judged, int percentDone, Instant createdAt, String submittedBy,
                               Instant completedAt, String ruleSetVersion, double similarityThreshold, String error, ConsistencyReport report) {
    }

    private static final TypeReference<List<StoredCase>> STORED_CASES = new TypeReference<>() {
    };

    /** A case as stored: evidence as JSON so it is read back exactly as it was first read. */
    record StoredCase(String caseId, Object evidence, Map<JudgementArea, Grade> recordedGrades) {
    }

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final RuleSetRegistry registry;
    private final RuleSetVersions versions;
    private final EvidenceReader evidenceReader;
    private final Clock clock;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "moderation-reports");
        thread.setDaemon(true);
        return thread;
    });

    public ModerationReports(JdbcClient jdbc, ObjectMapper json, RuleSetRegistry registry, RuleSetVersions versions,
                             EvidenceReader evidenceReader, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.registry = registry;
        this.versions = versions;
        this.evidenceReader = evidenceReader;
        this.clock = clock;
    }

    /** Runs again any report a restart interrupted, once a rule set is in service. */
    @EventListener(ApplicationReadyEvent.class)
    void resumeInterrupted() {
        List<UUID> interrupted = jdbc.sql("select id from moderation_report where status in ('QUEUED', 'RUNNING') order by created_at")
                .query(UUID.class).list();
        interrupted.forEach(id -> runner.submit(() -> run(id)));
        if (!interrupted.isEmpty()) {
            log.info("Resuming {} consistency report(s) interrupted by a restart", interrupted.size());
        }
    }

    @PreDestroy
    void stop() {
        runner.shutdownNow();
    }

    /** Stores the batch and queues the report; returns at once. */
    public UUID submit(List<ModerationCase> cases, double similarityThreshold, String submittedBy) {
        UUID id = UUID.randomUUID();
        List<StoredCase> stored = cases.stream()
                .map(moderationCase -> new StoredCase(moderationCase.caseId(), moderationCase.evidence(), moderationCase.recordedGrades())).toList();
        jdbc.sql("""
                        insert into moderation_report (id, created_at, submitted_by, status, total, done, rule_set_version, similarity_threshold, input)
                        values (?, ?, ?, 'QUEUED', ?, 0, ?, ?, ?)""")
                .params(id, Timestamps.toColumn(clock.instant()), submittedBy, cases.size(), registry.active().version(), similarityThreshold, CanonicalJson.write(stored))
                .update();
        runner.submit(() -> run(id));
        return id;
    }

    public Optional<ReportStatus> status(UUID id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(this::row).optional();
    }

    /** Reports, newest first, without their contents. */
    public List<ReportStatus> list() {
        return jdbc.sql("""
                        select id, created_at, submitted_by, status, total, done, rule_set_version, similarity_threshold, error, completed_at, null as report
                        from moderation_report order by created_at desc limit 100""")
                .query(this::row).list();
    }

    public Optional<String> casesCsv(UUID id) {
        return jdbc.sql("select cases_csv from moderation_report where id = ? and status = 'COMPLETE'").param(id).query(String.class).optional();
    }

    private void run(UUID id) {
        try {
            Map<String, Object> job = jdbc.sql("select input, rule_set_version, similarity_threshold, total from moderation_report where id = ?")
                    .param(id).query().singleRow();
            jdbc.sql("update moderation_report set status = 'RUNNING', done = 0 where id = ?").param(id).update();
            RuleSet ruleSet = versions.ruleSet((String) job.get("rule_set_version"))
                    .orElseThrow(() -> new IllegalStateException("rule-set version " + job.get("rule_set_version") + " is not in the archive"));
            List<StoredCase> stored = json.readValue((String) job.get("input"), STORED_CASES);
            int total = stored.size();
            int step = Math.max(1, total / 100);
            Judge judge = new Judge(ruleSet);
            List<ConsistencyAnalysis.JudgedCase> judged = new ArrayList<>(total);
            for (StoredCase storedCase : stored) {
                ModerationCase moderationCase = new ModerationCase(storedCase.caseId(),
                        evidenceReader.readStored(json.valueToTree(storedCase.evidence())), storedCase.recordedGrades());
                judged.add(new ConsistencyAnalysis.JudgedCase(moderationCase, judge.judge(moderationCase.evidence())));
                if (judged.size() % step == 0) {
                    jdbc.sql("update moderation_report set done = ? where id = ?").params(judged.size(), id).update();
                }
            }
            ConsistencyReport report = new ConsistencyAnalysis(ruleSet, ((Number) job.get("similarity_threshold")).doubleValue()).analyse(judged);
            jdbc.sql("update moderation_report set status = 'COMPLETE', done = ?, report = ?, cases_csv = ?, completed_at = ? where id = ?")
                    .params(total, json.writeValueAsString(report), casesCsv(judged), Timestamps.toColumn(clock.instant()), id)
                    .update();
        } catch (Exception failure) {
            log.error("Consistency report {} failed", id, failure);
            jdbc.sql("update moderation_report set status = 'FAILED', error = ?, completed_at = ? where id = ?")
                    .params(String.valueOf(failure.getMessage()), Timestamps.toColumn(clock.instant()), id).update();
        }
    }

    /** One row per case and area with a recorded or provisional grade. */
    private static String casesCsv(List<ConsistencyAnalysis.JudgedCase> cases) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"caseId", "area", "recorded", "provisional", "determined", "highestPossible", "gradesApart", "triggers",
                "limits", "concerns", "strengths", "rulesFired"});
        for (ConsistencyAnalysis.JudgedCase judged : cases) {
            for (AreaJudgement area : judged.judgement().areas()) {
                Grade recorded = judged.moderationCase().recordedGrades().get(area.area());
                String apart = recorded == null || !area.determined() ? "" : Integer.toString(Math.abs(recorded.rank() - area.grade().rank()));
                rows.add(new String[] {judged.id(), area.area().name(), recorded == null ? "" : recorded.name(),
                        area.grade() == null ? "" : area.grade().name(), Boolean.toString(area.determined()),
                        area.highestPossibleGrade() == null ? "" : area.highestPossibleGrade().name(), apart,
                        count(area, Effect.INADEQUACY_TRIGGER), count(area, Effect.LIMITS_TO_REQUIRES_IMPROVEMENT), count(area, Effect.CONCERN),
                        count(area, Effect.STRENGTH), String.join("; ", area.findings().stream().map(ExplainedFinding::rule).toList())});
            }
        }
        return CsvText.write(rows);
    }

    private static String count(AreaJudgement area, Effect effect) {
        return Long.toString(area.findings().stream().filter(finding -> finding.effect() == effect).count());
    }

    private static final String SELECT = """
            select id, created_at, submitted_by, status, total, done, rule_set_version, similarity_threshold, error, completed_at, report
            from moderation_report""";

    private ReportStatus row(ResultSet row, int number) throws SQLException {
        int total = row.getInt("total");
        int done = row.getInt("done");
        String report = row.getString("report");
        try {
            return new ReportStatus(row.getObject("id", UUID.class), Status.valueOf(row.getString("status")), total, done,
                    total == 0 ? 100 : done * 100 / total, Timestamps.fromColumn(row, "created_at"),
                    row.getString("submitted_by"), Timestamps.fromColumn(row, "completed_at"), row.getString("rule_set_version"), row.getDouble("similarity_threshold"),
                    row.getString("error"), report == null ? null : json.readValue(report, ConsistencyReport.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored consistency report cannot be read", e);
        }
    }
}

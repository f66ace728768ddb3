package org.judgementsupport.moderation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.judgementsupport.system.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Consistency reports as stored: each batch's input as it was accepted, the rule-set version and threshold it is run
 * with, its progress, and once complete the report and its cases as CSV.
 */
@Repository
class ModerationReportStore {

    /** What a run needs: the stored cases, as canonical JSON, and what they are judged with. */
    record Job(String input, String ruleSetVersion, double similarityThreshold) {
    }

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    ModerationReportStore(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(UUID id, Instant createdAt, String submittedBy, int cases, String ruleSetVersion, double similarityThreshold, String input) {
        jdbc.sql("""
                        insert into moderation_report (id, created_at, submitted_by, status, total, done, rule_set_version, similarity_threshold, input)
                        values (?, ?, ?, 'QUEUED', ?, 0, ?, ?, ?)""")
                .params(id, Timestamps.toColumn(createdAt), submittedBy, cases, ruleSetVersion, similarityThreshold, input)
                .update();
    }

    Optional<ModerationReports.ReportStatus> find(UUID id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(this::row).optional();
    }

    /** Reports, newest first, without their contents. */
    List<ModerationReports.ReportStatus> list() {
        return jdbc.sql("""
                        select id, created_at, submitted_by, status, total, done, rule_set_version, similarity_threshold, error, completed_at, null as report
                        from moderation_report order by created_at desc limit 100""")
                .query(this::row).list();
    }

    Optional<String> casesCsv(UUID id) {
        return jdbc.sql("select cases_csv from moderation_report where id = ? and status = 'COMPLETE'").param(id).query(String.class).optional();
    }

    /**
     * Claims the oldest report waiting to be run — queued, or left running by an instance whose claim ran out — for
     * this instance until {@code until}. Claims skip rows another instance is claiming at the same moment
     * ({@code for update skip locked}), so each report is claimed by one instance at a time. Must run in a transaction.
     */
    Optional<UUID> claimNext(String instance, Instant now, Instant until) {
        Optional<UUID> next = jdbc.sql("""
                        select id from moderation_report
                        where status in ('QUEUED', 'RUNNING') and (claimed_until is null or claimed_until < ?)
                        order by created_at limit 1 for update skip locked""")
                .param(Timestamps.toColumn(now)).query(UUID.class).optional();
        next.ifPresent(id -> jdbc.sql("update moderation_report set claimed_by = ?, claimed_until = ? where id = ?")
                .params(instance, Timestamps.toColumn(until), id).update());
        return next;
    }

    /** Extends this instance's claims on the reports it is running. */
    void renewClaims(String instance, Instant until) {
        jdbc.sql("update moderation_report set claimed_until = ? where claimed_by = ? and status in ('QUEUED', 'RUNNING')")
                .params(Timestamps.toColumn(until), instance).update();
    }

    Job job(UUID id) {
        return jdbc.sql("select input, rule_set_version, similarity_threshold from moderation_report where id = ?").param(id)
                .query((row, number) -> new Job(row.getString("input"), row.getString("rule_set_version"), row.getDouble("similarity_threshold")))
                .single();
    }

    void started(UUID id) {
        jdbc.sql("update moderation_report set status = 'RUNNING', done = 0 where id = ?").param(id).update();
    }

    void progressed(UUID id, int judged) {
        jdbc.sql("update moderation_report set done = ? where id = ?").params(judged, id).update();
    }

    void completed(UUID id, int cases, ConsistencyReport report, String casesCsv, Instant at) throws JsonProcessingException {
        jdbc.sql("""
                        update moderation_report set status = 'COMPLETE', done = ?, report = ?, cases_csv = ?, completed_at = ?,
                            claimed_by = null, claimed_until = null
                        where id = ?""")
                .params(cases, json.writeValueAsString(report), casesCsv, Timestamps.toColumn(at), id)
                .update();
    }

    void failed(UUID id, String error, Instant at) {
        jdbc.sql("update moderation_report set status = 'FAILED', error = ?, completed_at = ?, claimed_by = null, claimed_until = null where id = ?")
                .params(error, Timestamps.toColumn(at), id).update();
    }

    private static final String SELECT = """
            select id, created_at, submitted_by, status, total, done, rule_set_version, similarity_threshold, error, completed_at, report
            from moderation_report""";

    private ModerationReports.ReportStatus row(ResultSet row, int number) throws SQLException {
        return new ModerationReports.ReportStatus(row.getObject("id", UUID.class), row.getInt("total"), row.getInt("done"),
                Timestamps.fromColumn(row, "created_at"), row.getString("submitted_by"), row.getString("rule_set_version"),
                row.getDouble("similarity_threshold"), state(row));
    }

    private ReportState state(ResultSet row) throws SQLException {
        return switch (ModerationReports.Status.valueOf(row.getString("status"))) {
            case QUEUED -> new ReportState.Queued();
            case RUNNING -> new ReportState.Running();
            case COMPLETE -> new ReportState.Complete(Timestamps.fromColumn(row, "completed_at"), report(row.getString("report")));
            case FAILED -> new ReportState.Failed(Timestamps.fromColumn(row, "completed_at"), row.getString("error"));
        };
    }

    private ConsistencyReport report(String stored) {
        try {
            return stored == null ? null : json.readValue(stored, ConsistencyReport.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored consistency report cannot be read", e);
        }
    }
}

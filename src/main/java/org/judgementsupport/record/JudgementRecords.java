package org.judgementsupport.record;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.judgementsupport.evidence.Evidence;
import org.judgementsupport.framework.Framework;
import org.judgementsupport.judgement.ExplainedFinding;
import org.judgementsupport.judgement.Judgement;
import org.judgementsupport.system.CanonicalJson;
import org.judgementsupport.system.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import jakarta.annotation.PreDestroy;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stored judgements, as the hash chain keeps them. They are appended in groups ({@link ChainAppender}): each group in
 * one transaction that holds the chain's head, so records are appended in order however many requests or service
 * instances there are, and a record is committed before anyone is told it exists; they are read one by id or all in
 * chain order. Searching is
 * {@link JudgementSearch}'s, verifying the chain {@link HashChain}'s.
 */
@Repository
public class JudgementRecords {

    /** A stored judgement, and whether this request found it already stored under its idempotency key. */
    public record Recorded(JudgementRecord record, boolean alreadyRecorded) {
    }

    /** The end of the chain: the last record's place and hash, as appends keep it. */
    record ChainHead(long sequenceNumber, String recordHash) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ChainAppender appender;

    public JudgementRecords(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.appender = new ChainAppender(jdbc, new TransactionTemplate(transactions));
    }

    /**
     * Stores a judgement at the end of the chain, returning once it is committed. With an idempotency key the same user
     * already stored for the same evidence, the first record is returned instead and nothing is stored.
     *
     * @throws IdempotencyKeyReusedException when the key was stored with different evidence
     */
    public Recorded record(Evidence evidence, Judgement judgement, String idempotencyKey, String recordedBy) {
        // Everything that does not depend on the record before is worked out before the chain's head is held: writing
        // the judgement as canonical JSON and hashing it is most of the work, and appends wait for each other.
        String evidenceJson = CanonicalJson.write(evidence);
        // Databases keep microseconds; hashing a finer time would never verify once read back.
        Instant recordedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        JudgementRecord unsealed = new JudgementRecord(0, UUID.randomUUID(), recordedAt, recordedBy,
                evidence.localAuthority().code(), evidence.inspection().startDate(), judgement.framework(), judgement.ruleSetVersion(),
                idempotencyKey, evidenceJson, CanonicalJson.write(judgement), null, null, null);
        JudgementRecord hashed = new JudgementRecord(0, unsealed.id(), recordedAt, recordedBy, unsealed.localAuthority(), unsealed.inspectionStart(),
                unsealed.framework(), unsealed.ruleSetVersion(), idempotencyKey, evidenceJson, unsealed.result(), unsealed.expectedContentHash(),
                null, null);
        return appender.append(hashed, judgement);
    }

    @PreDestroy
    void stopAppending() {
        appender.close();
    }

    public Optional<JudgementRecord> find(UUID id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(JudgementRecords::row).optional();
    }

    public long count() {
        return jdbc.sql("select count(*) from judgement_record").query(Long.class).single();
    }

    /** Every record in chain order, a batch at a time, without holding them all in memory. */
    public void forEachInOrder(Consumer<JudgementRecord> consumer) {
        long after = 0;
        while (true) {
            List<JudgementRecord> batch = jdbc.sql(SELECT + " where sequence_number > ? order by sequence_number limit 1000")
                    .param(after).query(JudgementRecords::row).list();
            if (batch.isEmpty()) {
                return;
            }
            batch.forEach(consumer);
            after = batch.get(batch.size() - 1).sequenceNumber();
        }
    }

    /** A stored judgement's evidence, as stored, with what identifies it. */
    public record StoredEvidence(long sequenceNumber, UUID id, String localAuthority, LocalDate inspectionStart, String evidence) {
    }

    /**
     * Every stored judgement's evidence in chain order, a batch at a time: for re-evaluating the record under another
     * rule set without reading the stored results.
     */
    public void forEachEvidenceBatch(int batchSize, Consumer<List<StoredEvidence>> consumer) {
        long after = 0;
        while (true) {
            List<StoredEvidence> batch = jdbc.sql("""
                            select sequence_number, id, local_authority, inspection_start, evidence from judgement_record
                            where sequence_number > ? order by sequence_number limit ?""")
                    .params(after, batchSize)
                    .query((row, number) -> new StoredEvidence(row.getLong("sequence_number"), row.getObject("id", UUID.class),
                            row.getString("local_authority"), row.getObject("inspection_start", LocalDate.class), row.getString("evidence")))
                    .list();
            if (batch.isEmpty()) {
                return;
            }
            consumer.accept(batch);
            after = batch.get(batch.size() - 1).sequenceNumber();
        }
    }

    /** The chain's head, as the last append left it. */
    ChainHead head() {
        return jdbc.sql("select sequence_number, record_hash from judgement_chain_head where id = 1")
                .query((row, number) -> new ChainHead(row.getLong("sequence_number"), row.getString("record_hash"))).single();
    }

    static final String SELECT = """
            select sequence_number, id, recorded_at, recorded_by, local_authority, inspection_start, framework, rule_set_version,
                   idempotency_key, evidence, result, content_hash, previous_hash, record_hash
            from judgement_record""";

    static JudgementRecord row(ResultSet row, int number) throws SQLException {
        return new JudgementRecord(row.getLong("sequence_number"), row.getObject("id", UUID.class), Timestamps.fromColumn(row, "recorded_at"),
                row.getString("recorded_by"), row.getString("local_authority"), row.getObject("inspection_start", LocalDate.class),
                Framework.valueOf(row.getString("framework")), row.getString("rule_set_version"), row.getString("idempotency_key"),
                row.getString("evidence"), row.getString("result"), row.getString("content_hash"), row.getString("previous_hash"),
                row.getString("record_hash"));
    }

}

package org.judgementsupport.record;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.judgementsupport.evidence.Evidence;
import org.judgementsupport.framework.Framework;
import org.judgementsupport.framework.Grade;
import org.judgementsupport.framework.JudgementArea;
import org.judgementsupport.judgement.AreaJudgement;
import org.judgementsupport.judgement.ExplainedFinding;
import org.judgementsupport.judgement.Judgement;
import org.judgementsupport.system.CanonicalJson;
import org.judgementsupport.system.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stored judgements. Each is appended to a hash chain inside one transaction that holds the chain's head, so records
 * are appended one at a time however many requests or service instances there are, and a record is committed before
 * anyone is told it exists.
 */
@Repository
public class JudgementRecords {

    static final String GENESIS = "0".repeat(64);

    /** A stored judgement, and whether this request found it already stored under its idempotency key. */
    public record Recorded(JudgementRecord record, boolean alreadyRecorded) {
    }

    /** What to search stored judgements by; null means any. Grade with no area means any area with that grade. */
    public record Search(String localAuthority, LocalDate startFrom, LocalDate startTo, Framework framework,
                         JudgementArea area, Grade grade, String rule, String recordedBy, int page, int size) {
    }

    /** A judgement in a list: who, when, under what, and its grades. */
    public record Summary(UUID id, Instant recordedAt, String recordedBy, String localAuthority, LocalDate inspectionStart,
                          Framework framework, String ruleSetVersion, Map<JudgementArea, String> grades) {
    }

    /** Whether the chain is whole, and if not, the first record that breaks it and why. */
    public record ChainVerification(long records, boolean intact, Long firstBrokenSequence, UUID firstBrokenId, String reason) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    public JudgementRecords(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Stores a judgement at the end of the chain. With an idempotency key the same user already stored for the same
     * evidence, the first record is returned instead and nothing is stored.
     *
     * @throws IdempotencyKeyReusedException when the key was stored with different evidence
     */
    @Transactional
    public Recorded record(Evidence evidence, Judgement judgement, String idempotencyKey, String recordedBy) {
        // Everything that does not depend on the record before is worked out before the chain's head is held: writing
        // the judgement as canonical JSON and hashing it is most of the work, and appends wait for each other.
        String evidenceJson = CanonicalJson.write(evidence);
        // Databases keep microseconds; hashing a finer time would never verify once read back.
        Instant recordedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        JudgementRecord unsealed = new JudgementRecord(0, UUID.randomUUID(), recordedAt, recordedBy,
                evidence.localAuthority().code(), evidence.inspection().startDate(), judgement.framework(), judgement.ruleSetVersion(),
                idempotencyKey, evidenceJson, CanonicalJson.write(judgement), null, null, null);
        String contentHash = unsealed.expectedContentHash();

        // Holding the head serialises appends, and with them the check for an idempotency key.
        Map<String, Object> head = jdbc.sql("select sequence_number, record_hash from judgement_chain_head where id = 1 for update")
                .query().singleRow();
        if (idempotencyKey != null) {
            // Keys are the sender's own: another user's key, even the same text, is another request.
            Optional<JudgementRecord> earlier = jdbc.sql(SELECT + " where idempotency_key = ? and recorded_by is not distinct from ?")
                    .params(idempotencyKey, recordedBy).query(this::row).optional();
            if (earlier.isPresent()) {
                if (!earlier.get().evidence().equals(evidenceJson)) {
                    throw new IdempotencyKeyReusedException(idempotencyKey);
                }
                return new Recorded(earlier.get(), true);
            }
        }
        long sequence = ((Number) head.get("sequence_number")).longValue() + 1;
        String previousHash = (String) head.get("record_hash");
        JudgementRecord record = new JudgementRecord(sequence, unsealed.id(), recordedAt, recordedBy, unsealed.localAuthority(),
                unsealed.inspectionStart(), unsealed.framework(), unsealed.ruleSetVersion(), idempotencyKey, evidenceJson,
                unsealed.result(), contentHash, previousHash, JudgementRecord.sha256(previousHash + contentHash));
        jdbc.sql("""
                        insert into judgement_record (sequence_number, id, recorded_at, recorded_by, local_authority, inspection_start,
                            framework, rule_set_version, idempotency_key, evidence, result, content_hash, previous_hash, record_hash)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(record.sequenceNumber(), record.id(), Timestamps.toColumn(record.recordedAt()), record.recordedBy(), record.localAuthority(),
                        record.inspectionStart(), record.framework().name(), record.ruleSetVersion(), record.idempotencyKey(),
                        record.evidence(), record.result(), record.contentHash(), record.previousHash(), record.recordHash())
                .update();
        insertRows("judgement_area (sequence_number, area, grade, determined)", judgement.areas().stream()
                .map(area -> Arrays.<Object>asList(sequence, area.area().name(), area.grade() == null ? null : area.grade().name(), area.determined()))
                .toList());
        insertRows("judgement_rule_fired (sequence_number, rule)", judgement.areas().stream().flatMap(area -> area.findings().stream())
                .map(ExplainedFinding::rule).distinct().map(rule -> List.<Object>of(sequence, rule)).toList());
        jdbc.sql("update judgement_chain_head set sequence_number = ?, record_hash = ? where id = 1")
                .params(sequence, record.recordHash()).update();
        return new Recorded(record, false);
    }

    /** One statement for all the rows: fewer round trips while the chain's head is held. */
    private void insertRows(String table, List<List<Object>> rows) {
        if (rows.isEmpty()) {
            return;
        }
        String placeholders = "(" + String.join(", ", Collections.nCopies(rows.get(0).size(), "?")) + ")";
        jdbc.sql("insert into " + table + " values " + String.join(", ", Collections.nCopies(rows.size(), placeholders)))
                .params(rows.stream().flatMap(List::stream).toList())
                .update();
    }

    public Optional<JudgementRecord> find(UUID id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(this::row).optional();
    }

    public long count() {
        return jdbc.sql("select count(*) from judgement_record").query(Long.class).single();
    }

    public List<Summary> search(Search search) {
        StringBuilder sql = new StringBuilder("select r.sequence_number, r.id, r.recorded_at, r.recorded_by, r.local_authority, "
                + "r.inspection_start, r.framework, r.rule_set_version from judgement_record r where 1 = 1");
        List<Object> parameters = new ArrayList<>();
        if (search.localAuthority() != null) {
            sql.append(" and r.local_authority = ?");
            parameters.add(search.localAuthority());
        }
        if (search.startFrom() != null) {
            sql.append(" and r.inspection_start >= ?");
            parameters.add(search.startFrom());
        }
        if (search.startTo() != null) {
            sql.append(" and r.inspection_start <= ?");
            parameters.add(search.startTo());
        }
        if (search.framework() != null) {
            sql.append(" and r.framework = ?");
            parameters.add(search.framework().name());
        }
        if (search.grade() != null || search.area() != null) {
            sql.append(" and exists (select 1 from judgement_area a where a.sequence_number = r.sequence_number");
            if (search.area() != null) {
                sql.append(" and a.area = ?");
                parameters.add(search.area().name());
            }
            if (search.grade() != null) {
                sql.append(" and a.grade = ?");
                parameters.add(search.grade().name());
            }
            sql.append(")");
        }
        if (search.recordedBy() != null) {
            sql.append(" and r.recorded_by = ?");
            parameters.add(search.recordedBy());
        }
        if (search.rule() != null) {
            sql.append(" and exists (select 1 from judgement_rule_fired f where f.sequence_number = r.sequence_number and f.rule = ?)");
            parameters.add(search.rule());
        }
        sql.append(" order by r.sequence_number desc limit ? offset ?");
        parameters.add(search.size());
        parameters.add((long) search.page() * search.size());
        Map<Long, Summary> summaries = new LinkedHashMap<>();
        jdbc.sql(sql.toString()).params(parameters).query((row, number) -> {
            summaries.put(row.getLong("sequence_number"), new Summary(row.getObject("id", UUID.class), Timestamps.fromColumn(row, "recorded_at"),
                    row.getString("recorded_by"), row.getString("local_authority"), row.getObject("inspection_start", LocalDate.class),
                    Framework.valueOf(row.getString("framework")), row.getString("rule_set_version"), new EnumMap<>(JudgementArea.class)));
            return null;
        }).list();
        if (!summaries.isEmpty()) {
            String placeholders = String.join(", ", summaries.keySet().stream().map(key -> "?").toList());
            jdbc.sql("select sequence_number, area, grade, determined from judgement_area where sequence_number in (" + placeholders + ")")
                    .params(new ArrayList<>(summaries.keySet()))
                    .query((row, number) -> {
                        summaries.get(row.getLong("sequence_number")).grades().put(JudgementArea.valueOf(row.getString("area")),
                                row.getBoolean("determined") ? row.getString("grade") : "NOT_DETERMINED");
                        return null;
                    }).list();
        }
        return List.copyOf(summaries.values());
    }

    /** Every record in chain order, a batch at a time, without holding them all in memory. */
    public void forEachInOrder(Consumer<JudgementRecord> consumer) {
        long after = 0;
        while (true) {
            List<JudgementRecord> batch = jdbc.sql(SELECT + " where sequence_number > ? order by sequence_number limit 1000")
                    .param(after).query(this::row).list();
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

    /** Walks the whole chain and names the first record that breaks it: altered, removed, or out of place. */
    public ChainVerification verifyChain() {
        long[] checked = {0};
        String[] previousHash = {GENESIS};
        long[] previousSequence = {0};
        ChainVerification[] broken = {null};
        forEachInOrder(record -> {
            if (broken[0] != null) {
                return;
            }
            checked[0]++;
            String reason = null;
            if (record.sequenceNumber() != previousSequence[0] + 1) {
                reason = "records " + (previousSequence[0] + 1) + " to " + (record.sequenceNumber() - 1) + " are missing before it";
            } else if (!record.previousHash().equals(previousHash[0])) {
                reason = "it does not follow the record before it: that record was altered or replaced";
            } else if (!record.contentHash().equals(record.expectedContentHash())) {
                reason = "its content was changed after it was recorded";
            } else if (!record.recordHash().equals(record.expectedRecordHash())) {
                reason = "its chain hash does not match its content";
            }
            if (reason != null) {
                broken[0] = new ChainVerification(checked[0], false, record.sequenceNumber(), record.id(), reason);
            }
            previousHash[0] = record.recordHash();
            previousSequence[0] = record.sequenceNumber();
        });
        if (broken[0] != null) {
            return broken[0];
        }
        Map<String, Object> head = jdbc.sql("select sequence_number, record_hash from judgement_chain_head where id = 1").query().singleRow();
        if (((Number) head.get("sequence_number")).longValue() != previousSequence[0] || !head.get("record_hash").equals(previousHash[0])) {
            return new ChainVerification(checked[0], false, previousSequence[0] + 1, null,
                    "the chain should end at record " + head.get("sequence_number") + ": records after " + previousSequence[0] + " were removed");
        }
        return new ChainVerification(checked[0], true, null, null, null);
    }

    private static final String SELECT = """
            select sequence_number, id, recorded_at, recorded_by, local_authority, inspection_start, framework, rule_set_version,
                   idempotency_key, evidence, result, content_hash, previous_hash, record_hash
            from judgement_record""";

    private JudgementRecord row(ResultSet row, int number) throws SQLException {
        return new JudgementRecord(row.getLong("sequence_number"), row.getObject("id", UUID.class), Timestamps.fromColumn(row, "recorded_at"),
                row.getString("recorded_by"), row.getString("local_authority"), row.getObject("inspection_start", LocalDate.class),
                Framework.valueOf(row.getString("framework")), row.getString("rule_set_version"), row.getString("idempotency_key"),
                row.getString("evidence"), row.getString("result"), row.getString("content_hash"), row.getString("previous_hash"),
                row.getString("record_hash"));
    }

}

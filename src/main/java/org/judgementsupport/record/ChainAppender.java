package org.judgementsupport.record;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.judgementsupport.judgement.ExplainedFinding;
import org.judgementsupport.judgement.Judgement;
import org.judgementsupport.system.Timestamps;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends judgements to the chain in groups: one writer takes every judgement waiting and writes them all in one
 * transaction that holds the chain's head, in the order they arrived, then tells each request its record. Under load a
 * commit is shared by all the judgements that arrived while the one before was being written (group commit); alone,
 * a judgement is written at once. Nothing is acknowledged before its transaction has committed.
 *
 * <p>The head is held with {@code select … for update}, so writers in several service instances append one group at a
 * time, and an idempotency key stored by another instance is seen before a second record could be made.
 */
final class ChainAppender implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ChainAppender.class);
    /** Most judgements written in one transaction: enough to share a commit widely, few enough to keep each short. */
    static final int MOST_IN_ONE_COMMIT = 128;
    /** Judgements waiting beyond this make the next ones wait to be queued: memory stays bounded under any load. */
    private static final int MOST_WAITING = 4_096;
    /** How long a request waits for its turn and its commit before it is told the service is too busy. */
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(30);

    /** A judgement to append, sealed but for its place in the chain, and the request waiting for it. */
    record Pending(JudgementRecord unsealed, Judgement judgement, CompletableFuture<JudgementRecords.Recorded> done) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final BlockingQueue<Pending> waiting = new LinkedBlockingQueue<>(MOST_WAITING);
    private final Thread writer;
    private volatile boolean open = true;

    ChainAppender(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.writer = new Thread(this::write, "judgement-chain-writer");
        this.writer.setDaemon(true);
        this.writer.start();
    }

    /** Appends the judgement and returns its record once committed (or the record already stored under its key). */
    JudgementRecords.Recorded append(JudgementRecord unsealed, Judgement judgement) {
        Pending pending = new Pending(unsealed, judgement, new CompletableFuture<>());
        try {
            if (!open || !waiting.offer(pending, LONGEST_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("the judgement record is not taking judgements: nothing was stored");
            }
            return pending.done().get(LONGEST_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the judgement was being stored", interrupted);
        } catch (TimeoutException tooLong) {
            throw new IllegalStateException("the judgement record took longer than " + LONGEST_WAIT.toSeconds() + " s to store the judgement; "
                    + "it may still be stored: retry with the same Idempotency-Key to find out", tooLong);
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(failed.getCause());
        }
    }

    private void write() {
        while (open || !waiting.isEmpty()) {
            try {
                Pending first = waiting.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                List<Pending> group = new ArrayList<>(MOST_IN_ONE_COMMIT);
                group.add(first);
                waiting.drainTo(group, MOST_IN_ONE_COMMIT - 1);
                writeGroup(group);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException unexpected) {
                log.error("The judgement chain writer failed; it goes on with the next judgements", unexpected);
            }
        }
    }

    /** Writes the group in one transaction; if that fails, each judgement alone, so one bad judgement fails only itself. */
    private void writeGroup(List<Pending> group) {
        Map<Pending, JudgementRecords.Recorded> written;
        try {
            written = transactions.execute(status -> append(group));
        } catch (RuntimeException groupFailed) {
            if (group.size() == 1) {
                group.get(0).done().completeExceptionally(groupFailed);
                return;
            }
            group.forEach(pending -> writeGroup(List.of(pending)));
            return;
        }
        // Only now, committed, is anyone told.
        group.forEach(pending -> {
            JudgementRecords.Recorded recorded = written.get(pending);
            if (recorded != null) {
                pending.done().complete(recorded);
            }
        });
    }

    /** Inside the transaction: holds the head, then seals and inserts each judgement in turn. */
    private Map<Pending, JudgementRecords.Recorded> append(List<Pending> group) {
        Map<String, Object> head = jdbc.sql("select sequence_number, record_hash from judgement_chain_head where id = 1 for update")
                .query().singleRow();
        long sequence = ((Number) head.get("sequence_number")).longValue();
        String previousHash = (String) head.get("record_hash");
        Map<Pending, JudgementRecords.Recorded> written = new IdentityHashMap<>();
        Map<String, JudgementRecord> keysInThisGroup = new HashMap<>();
        List<JudgementRecord> records = new ArrayList<>();
        List<List<Object>> areas = new ArrayList<>();
        List<List<Object>> rulesFired = new ArrayList<>();
        for (Pending pending : group) {
            JudgementRecord unsealed = pending.unsealed();
            if (unsealed.idempotencyKey() != null) {
                String key = unsealed.recordedBy() + "\u0000" + unsealed.idempotencyKey();
                Optional<JudgementRecord> earlier = Optional.ofNullable(keysInThisGroup.get(key)).or(() -> stored(unsealed));
                if (earlier.isPresent()) {
                    if (!earlier.get().evidence().equals(unsealed.evidence())) {
                        pending.done().completeExceptionally(new IdempotencyKeyReusedException(unsealed.idempotencyKey()));
                    } else {
                        written.put(pending, new JudgementRecords.Recorded(earlier.get(), true));
                    }
                    continue;
                }
            }
            sequence++;
            String recordHash = JudgementRecord.sha256(previousHash + unsealed.contentHash());
            JudgementRecord record = new JudgementRecord(sequence, unsealed.id(), unsealed.recordedAt(), unsealed.recordedBy(),
                    unsealed.localAuthority(), unsealed.inspectionStart(), unsealed.framework(), unsealed.ruleSetVersion(),
                    unsealed.idempotencyKey(), unsealed.evidence(), unsealed.result(), unsealed.contentHash(), previousHash, recordHash);
            previousHash = recordHash;
            records.add(record);
            if (record.idempotencyKey() != null) {
                keysInThisGroup.put(record.recordedBy() + "\u0000" + record.idempotencyKey(), record);
            }
            long place = sequence;
            pending.judgement().areas().forEach(area -> areas.add(Arrays.asList(place, area.area().name(),
                    area.grade() == null ? null : area.grade().name(), area.determined())));
            pending.judgement().areas().stream().flatMap(area -> area.findings().stream()).map(ExplainedFinding::rule).distinct()
                    .forEach(rule -> rulesFired.add(List.of(place, rule)));
            written.put(pending, new JudgementRecords.Recorded(record, false));
        }
        if (!records.isEmpty()) {
            insertRecords(records);
            insertRows("judgement_area (sequence_number, area, grade, determined)", areas);
            insertRows("judgement_rule_fired (sequence_number, rule)", rulesFired);
            jdbc.sql("update judgement_chain_head set sequence_number = ?, record_hash = ? where id = 1").params(sequence, previousHash).update();
        }
        return written;
    }

    private Optional<JudgementRecord> stored(JudgementRecord unsealed) {
        return jdbc.sql(JudgementRecords.SELECT + " where idempotency_key = ? and recorded_by is not distinct from ?")
                .params(unsealed.idempotencyKey(), unsealed.recordedBy()).query(JudgementRecords::row).optional();
    }

    private void insertRecords(List<JudgementRecord> records) {
        insertRows("""
                judgement_record (sequence_number, id, recorded_at, recorded_by, local_authority, inspection_start, framework,
                    rule_set_version, idempotency_key, evidence, result, content_hash, previous_hash, record_hash)""",
                records.stream().map(record -> Arrays.<Object>asList(record.sequenceNumber(), record.id(), Timestamps.toColumn(record.recordedAt()),
                        record.recordedBy(), record.localAuthority(), record.inspectionStart(), record.framework().name(), record.ruleSetVersion(),
                        record.idempotencyKey(), record.evidence(), record.result(), record.contentHash(), record.previousHash(), record.recordHash()))
                        .toList());
    }

    /** One statement for many rows, a few hundred at a time: fewer round trips while the chain's head is held. */
    private void insertRows(String table, List<List<Object>> rows) {
        int perStatement = Math.max(1, 2_000 / Math.max(1, rows.isEmpty() ? 1 : rows.get(0).size()));
        for (int from = 0; from < rows.size(); from += perStatement) {
            List<List<Object>> chunk = rows.subList(from, Math.min(rows.size(), from + perStatement));
            String placeholders = "(" + String.join(", ", Collections.nCopies(chunk.get(0).size(), "?")) + ")";
            jdbc.sql("insert into " + table + " values " + String.join(", ", Collections.nCopies(chunk.size(), placeholders)))
                    .params(chunk.stream().flatMap(List::stream).toList())
                    .update();
        }
    }

    /** Stops taking judgements; those already waiting are written first. */
    @Override
    public void close() {
        open = false;
        try {
            writer.join(LONGEST_WAIT.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}

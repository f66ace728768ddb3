package org.judgementsupport.record;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;

/**
 * The hash chain over every stored judgement: each record's hash covers its content and the hash of the record before,
 * so altering, removing or reordering any record breaks the chain from there on. Verifying walks it from the first
 * record to the head and names the first record that breaks it; it also checks the chain against every signed
 * checkpoint ({@link ChainCheckpoints}), which catches a chain rewritten with every hash recomputed.
 */
@Service
public class HashChain {

    /** The hash before the first record. */
    static final String GENESIS = "0".repeat(64);

    private final JudgementRecords records;
    private final CheckpointCheck checkpoints;

    HashChain(JudgementRecords records, CheckpointCheck checkpoints) {
        this.records = records;
        this.checkpoints = checkpoints;
    }

    /** Walks the whole chain and names the first record that breaks it: altered, removed, out of place, or rewritten. */
    public ChainVerification verify() {
        List<Checkpoint> signed = checkpoints.all();
        for (Checkpoint checkpoint : signed) {
            if (!checkpoints.signatureHolds(checkpoint)) {
                return new ChainVerification.Broken(0, checkpoint.sequenceNumber(), null, "the checkpoint at record " + checkpoint.sequenceNumber()
                        + ", dated " + checkpoint.signedAt() + ", does not carry this service's signature: checkpoints were altered, or signed with another key",
                        checkpoint);
            }
        }
        Walk walk = new Walk(signed);
        records.forEachInOrder(walk);
        if (walk.broken != null) {
            return walk.broken;
        }
        JudgementRecords.ChainHead head = records.head();
        if (head.sequenceNumber() != walk.previousSequence || !head.recordHash().equals(walk.previousHash)) {
            return new ChainVerification.Broken(walk.checked, walk.previousSequence + 1, null,
                    "the chain should end at record " + head.sequenceNumber() + ": records after " + walk.previousSequence + " were removed");
        }
        Checkpoint beyondTheEnd = walk.unchecked.values().stream().min((a, b) -> Long.compare(a.sequenceNumber(), b.sequenceNumber())).orElse(null);
        if (beyondTheEnd != null) {
            return new ChainVerification.Broken(walk.checked, walk.previousSequence + 1, null, "the chain ends at record " + walk.previousSequence
                    + ", but the checkpoint signed " + beyondTheEnd.signedAt() + " shows it reached record " + beyondTheEnd.sequenceNumber()
                    + ": records after " + walk.previousSequence + " were removed", beyondTheEnd);
        }
        return new ChainVerification.Intact(walk.checked, signed.size());
    }

    /** The walk so far: how many records were checked, the last one's place and hash, and the first break found. */
    private static final class Walk implements Consumer<JudgementRecord> {

        final Map<Long, Checkpoint> unchecked = new HashMap<>();
        long checked;
        long previousSequence;
        String previousHash = GENESIS;
        Checkpoint lastHolding;
        ChainVerification.Broken broken;

        Walk(List<Checkpoint> checkpoints) {
            checkpoints.forEach(checkpoint -> unchecked.put(checkpoint.sequenceNumber(), checkpoint));
        }

        @Override
        public void accept(JudgementRecord record) {
            if (broken != null) {
                return;
            }
            checked++;
            String reason = null;
            if (record.sequenceNumber() != previousSequence + 1) {
                reason = "records " + (previousSequence + 1) + " to " + (record.sequenceNumber() - 1) + " are missing before it";
            } else if (!record.previousHash().equals(previousHash)) {
                reason = "it does not follow the record before it: that record was altered or replaced";
            } else if (!record.contentHash().equals(record.expectedContentHash())) {
                reason = "its content was changed after it was recorded";
            } else if (!record.recordHash().equals(record.expectedRecordHash())) {
                reason = "its chain hash does not match its content";
            }
            if (reason != null) {
                broken = new ChainVerification.Broken(checked, record.sequenceNumber(), record.id(), reason);
                return;
            }
            Checkpoint checkpoint = unchecked.remove(record.sequenceNumber());
            if (checkpoint != null && !checkpoint.recordHash().equals(record.recordHash())) {
                broken = new ChainVerification.Broken(checked, record.sequenceNumber(), record.id(), "it is not the record the checkpoint signed "
                        + checkpoint.signedAt() + " holds at this place: the chain was rewritten, every hash recomputed, somewhere "
                        + (lastHolding == null ? "up to here" : "after record " + lastHolding.sequenceNumber() + " (whose checkpoint still holds)"),
                        checkpoint);
                return;
            }
            if (checkpoint != null) {
                lastHolding = checkpoint;
            }
            previousHash = record.recordHash();
            previousSequence = record.sequenceNumber();
        }
    }
}

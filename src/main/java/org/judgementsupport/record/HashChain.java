package org.judgementsupport.record;

import java.util.function.Consumer;
import org.springframework.stereotype.Service;

/**
 * The hash chain over every stored judgement: each record's hash covers its content and the hash of the record before,
 * so altering, removing or reordering any record breaks the chain from there on. Verifying walks it from the first
 * record to the head and names the first record that breaks it.
 */
@Service
public class HashChain {

    /** The hash before the first record. */
    static final String GENESIS = "0".repeat(64);

    private final JudgementRecords records;

    public HashChain(JudgementRecords records) {
        this.records = records;
    }

    /** Walks the whole chain and names the first record that breaks it: altered, removed, or out of place. */
    public ChainVerification verify() {
        Walk walk = new Walk();
        records.forEachInOrder(walk);
        if (walk.broken != null) {
            return walk.broken;
        }
        JudgementRecords.ChainHead head = records.head();
        if (head.sequenceNumber() != walk.previousSequence || !head.recordHash().equals(walk.previousHash)) {
            return new ChainVerification.Broken(walk.checked, walk.previousSequence + 1, null,
                    "the chain should end at record " + head.sequenceNumber() + ": records after " + walk.previousSequence + " were removed");
        }
        return new ChainVerification.Intact(walk.checked);
    }

    /** The walk so far: how many records were checked, the last one's place and hash, and the first break found. */
    private static final class Walk implements Consumer<JudgementRecord> {

        long checked;
        long previousSequence;
        String previousHash = GENESIS;
        ChainVerification.Broken broken;

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
            }
            previousHash = record.recordHash();
            previousSequence = record.sequenceNumber();
        }
    }
}

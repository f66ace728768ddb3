package org.judgementsupport.record;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/**
 * What a walk of the hash chain found: the chain whole and agreeing with every signed checkpoint, or the first record
 * that breaks it and why.
 */
public sealed interface ChainVerification permits ChainVerification.Intact, ChainVerification.Broken {

    /** How many records were checked. */
    long records();

    /**
     * The chain is whole from the first record to its head, and holds the hash each checkpoint signed at its place.
     *
     * @param checkpoints how many signed checkpoints it was checked against
     */
    record Intact(long records, long checkpoints) implements ChainVerification {

        public Intact(long records) {
            this(records, 0);
        }

        @JsonValue
        Answer answer() {
            return new Answer(records, true, null, null, null, checkpoints, null);
        }
    }

    /**
     * The chain breaks at a record.
     *
     * @param records                how many records were checked, the breaking one included
     * @param firstBrokenSequence    the place in the chain of the first record that breaks it, or of the first one missing
     * @param firstBrokenId          that record's id; null when it is missing
     * @param reason                 why it breaks the chain
     * @param contradictedCheckpoint the first signed checkpoint the chain no longer agrees with; null when the chain
     *                               breaks on its own hashes
     */
    record Broken(long records, long firstBrokenSequence, UUID firstBrokenId, String reason, Checkpoint contradictedCheckpoint)
            implements ChainVerification {

        public Broken(long records, long firstBrokenSequence, UUID firstBrokenId, String reason) {
            this(records, firstBrokenSequence, firstBrokenId, reason, null);
        }

        @JsonValue
        Answer answer() {
            return new Answer(records, false, firstBrokenSequence, firstBrokenId, reason, null, contradictedCheckpoint);
        }
    }

    /** As the API answers it, either way: every field, null where it does not apply. */
    record Answer(long records, boolean intact, Long firstBrokenSequence, UUID firstBrokenId, String reason, Long checkpoints,
                  Checkpoint contradictedCheckpoint) {
    }
}

package org.judgementsupport.record;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** What a walk of the hash chain found: the chain whole, or the first record that breaks it and why. */
public sealed interface ChainVerification permits ChainVerification.Intact, ChainVerification.Broken {

    /** How many records were checked. */
    long records();

    /** The chain is whole from the first record to its head. */
    record Intact(long records) implements ChainVerification {

        @JsonValue
        Answer answer() {
            return new Answer(records, true, null, null, null);
        }
    }

    /**
     * The chain breaks at a record.
     *
     * @param records             how many records were checked, the breaking one included
     * @param firstBrokenSequence the place in the chain of the first record that breaks it, or of the first one missing
     * @param firstBrokenId       that record's id; null when it is missing
     * @param reason              why it breaks the chain
     */
    record Broken(long records, long firstBrokenSequence, UUID firstBrokenId, String reason) implements ChainVerification {

        @JsonValue
        Answer answer() {
            return new Answer(records, false, firstBrokenSequence, firstBrokenId, reason);
        }
    }

    /** As the API answers it, either way: every field, null where it does not apply. */
    record Answer(long records, boolean intact, Long firstBrokenSequence, UUID firstBrokenId, String reason) {
    }
}

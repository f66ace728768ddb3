package org.judgementsupport.record;

import java.util.List;

/**
 * The signed checkpoints a chain is checked against, and whether each carries the signature it should: the service's
 * own ({@link ChainCheckpoints}), or a public key an auditor holds ({@link VerifyRecordCommand}).
 */
interface CheckpointCheck {

    /** Every checkpoint, oldest first. */
    List<Checkpoint> all();

    /** Whether the checkpoint carries a valid signature of exactly what it says, by the expected key. */
    boolean signatureHolds(Checkpoint checkpoint);
}

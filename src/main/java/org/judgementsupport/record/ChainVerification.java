package org.judgementsupport.record;

import java.util.UUID;

/** Whether the chain is whole, and if not, the first record that breaks it and why. */
public record ChainVerification(long records, boolean intact, Long firstBrokenSequence, UUID firstBrokenId, String reason) {
}

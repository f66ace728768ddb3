package org.judgementsupport.record;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * The chain's head as it was at one moment, signed with a key the database does not hold: a chain rewritten later, even
 * with every hash recomputed, no longer has this hash at this place.
 *
 * @param sequenceNumber the head's place in the chain
 * @param recordHash     the head's chain hash
 * @param signedAt       when it was signed
 * @param keyId          which key signed it (the first 16 hex digits of the SHA-256 of its public key)
 * @param signature      the Ed25519 signature of {@link #signedText()}, Base64
 */
public record Checkpoint(long sequenceNumber, String recordHash, Instant signedAt, String keyId, String signature) {

    /** Exactly what is signed: a versioned, line-based text, so anyone can check a checkpoint with standard tools. */
    public String signedText() {
        return "judgement-support checkpoint v1\nsequence-number: " + sequenceNumber + "\nrecord-hash: " + recordHash + "\nsigned-at: " + signedAt + "\n";
    }

    byte[] signedBytes() {
        return signedText().getBytes(StandardCharsets.UTF_8);
    }
}

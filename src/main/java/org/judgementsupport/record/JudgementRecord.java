package org.judgementsupport.record;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.UUID;
import org.judgementsupport.framework.Framework;

/**
 * A judgement as stored: what was asked, what was answered, with which rules, when and by whom, and its place in the
 * hash chain.
 *
 * @param sequenceNumber  its position in the chain, from 1
 * @param id              its public identifier
 * @param recordedAt      when it was stored
 * @param recordedBy      who asked, when known
 * @param localAuthority  the local authority's code
 * @param inspectionStart the inspection start date
 * @param framework       the framework judged under
 * @param ruleSetVersion  the rule-set version that made it
 * @param idempotencyKey  the caller's key, when given
 * @param evidence        the evidence as accepted, canonical JSON
 * @param result          the judgement, canonical JSON
 * @param contentHash     SHA-256 of everything above
 * @param previousHash    the record hash of the record before it (64 zeros for the first)
 * @param recordHash      SHA-256 of the previous hash and the content hash
 */
public record JudgementRecord(
        long sequenceNumber,
        UUID id,
        Instant recordedAt,
        String recordedBy,
        String localAuthority,
        LocalDate inspectionStart,
        Framework framework,
        String ruleSetVersion,
        String idempotencyKey,
        String evidence,
        String result,
        String contentHash,
        String previousHash,
        String recordHash) {

    /** The content hash these fields should have. Fields are separated by a character JSON cannot contain unescaped. */
    public String expectedContentHash() {
        return sha256(String.join("\u0000", id.toString(), recordedAt.toString(), String.valueOf(recordedBy), localAuthority,
                inspectionStart.toString(), framework.name(), ruleSetVersion, String.valueOf(idempotencyKey), evidence, result));
    }

    /** The record hash these fields should have, given the previous record's hash. */
    public String expectedRecordHash() {
        return sha256(previousHash + contentHash);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java runtime has SHA-256", impossible);
        }
    }
}

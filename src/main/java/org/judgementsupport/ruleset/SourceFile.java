package org.judgementsupport.ruleset;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One file of a rule set, read into memory so a build never sees a file change under it.
 *
 * @param path    relative to the rule-set folder, with forward slashes, e.g. {@code rules/leadership-instability.drl}
 * @param content the file's bytes
 */
public record SourceFile(String path, byte[] content) {

    public boolean isDrl() {
        return path.endsWith(".drl");
    }

    public boolean isDecisionTable() {
        return path.endsWith(".drl.xlsx");
    }

    public boolean isScenarioFile() {
        return path.startsWith(RuleSetFolder.SCENARIOS + "/") && (path.endsWith(".yaml") || path.endsWith(".yml"));
    }

    public String text() {
        return new String(content, StandardCharsets.UTF_8);
    }

    /** The SHA-256 of the content, which names the content wherever it is stored. */
    public String sha256() {
        return sha256(content);
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java runtime has SHA-256", impossible);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SourceFile file && path.equals(file.path) && Arrays.equals(content, file.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(path, Arrays.hashCode(content));
    }

    @Override
    public String toString() {
        return path + " (" + content.length + " bytes)";
    }
}

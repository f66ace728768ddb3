package org.judgementsupport.ruleset;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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

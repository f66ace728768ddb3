package org.judgementsupport.ruleset;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * The files of a rule set at one moment (rules, decision tables and the policy scenarios that test them), and
 * problems with files that were found but cannot be used.
 *
 * <p>Its {@link #version()} is the SHA-256 of every file's path and content, so the same files always give the same
 * version and any change, in any file, gives a new one.
 */
public record RuleSetSnapshot(List<SourceFile> files, List<RuleSetProblem> fileProblems) {

    public RuleSetSnapshot {
        files = files.stream().sorted(Comparator.comparing(SourceFile::path)).toList();
        fileProblems = List.copyOf(fileProblems);
    }

    public String version() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (SourceFile file : files) {
                // Path and length delimit each file, so moving bytes between files changes the hash.
                digest.update(file.path().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Integer.toString(file.content().length).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(file.content());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java runtime has SHA-256", impossible);
        }
    }

    public List<SourceFile> drlFiles() {
        return files.stream().filter(SourceFile::isDrl).toList();
    }

    public List<SourceFile> decisionTables() {
        return files.stream().filter(SourceFile::isDecisionTable).toList();
    }

    public List<SourceFile> scenarioFiles() {
        return files.stream().filter(SourceFile::isScenarioFile).toList();
    }
}

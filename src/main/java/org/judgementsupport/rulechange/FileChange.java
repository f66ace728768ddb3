package org.judgementsupport.rulechange;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.judgementsupport.ruleset.RuleSetSnapshot;
import org.judgementsupport.ruleset.SourceFile;

/** A file added, removed or changed between two versions of a rule set. */
public record FileChange(String path, Kind change) {

    public enum Kind { ADDED, REMOVED, CHANGED }

    /** What changed from one snapshot to the next; everything is added when there was none before. */
    public static List<FileChange> between(RuleSetSnapshot before, RuleSetSnapshot after) {
        Map<String, String> was = hashes(before);
        Map<String, String> now = hashes(after);
        List<FileChange> changes = new ArrayList<>();
        now.forEach((path, hash) -> {
            if (!was.containsKey(path)) {
                changes.add(new FileChange(path, Kind.ADDED));
            } else if (!was.get(path).equals(hash)) {
                changes.add(new FileChange(path, Kind.CHANGED));
            }
        });
        was.keySet().stream().filter(path -> !now.containsKey(path)).forEach(path -> changes.add(new FileChange(path, Kind.REMOVED)));
        changes.sort(Comparator.comparing(FileChange::path));
        return changes;
    }

    private static Map<String, String> hashes(RuleSetSnapshot snapshot) {
        Map<String, String> hashes = new TreeMap<>();
        if (snapshot != null) {
            for (SourceFile file : snapshot.files()) {
                hashes.put(file.path(), file.sha256());
            }
        }
        return hashes;
    }
}

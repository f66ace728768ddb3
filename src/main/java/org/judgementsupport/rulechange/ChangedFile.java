package org.judgementsupport.rulechange;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.judgementsupport.ruleset.RuleSetSnapshot;
import org.judgementsupport.ruleset.SourceFile;
import org.judgementsupport.ruleset.WorkbookDiff;

/**
 * A file that differs between two versions, with what differs inside it: the cells of a workbook (sheet, cell, old
 * and new value), or the lines of a rule or scenario file. The change log keeps these so anyone can see what a change
 * did without opening both versions.
 *
 * @param path        the file
 * @param change      added, removed or changed
 * @param cells       for a changed workbook, the cells that differ
 * @param lines       for a changed text file, the lines that differ
 * @param moreChanges differences beyond the {@link #SHOWN} listed, or -1 when the contents could not be compared
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ChangedFile(String path, FileChange.Kind change, List<WorkbookDiff.CellChange> cells, List<LineChange> lines,
                          @JsonInclude(JsonInclude.Include.NON_DEFAULT) int moreChanges) {

    /** How many cell or line differences are listed per file. */
    static final int SHOWN = 200;

    /**
     * A line that differs: its number in the newer file (in the older one for a removed line), and its text before and
     * after (null where it was added or removed).
     */
    public record LineChange(int line, String before, String after) {
    }

    /** Every file that differs between the two versions, in path order; everything is added when there was none before. */
    public static List<ChangedFile> between(RuleSetSnapshot before, RuleSetSnapshot after) {
        Map<String, SourceFile> was = byPath(before);
        Map<String, SourceFile> now = byPath(after);
        List<ChangedFile> changes = new ArrayList<>();
        for (FileChange change : FileChange.between(before, after)) {
            if (change.change() != FileChange.Kind.CHANGED) {
                changes.add(new ChangedFile(change.path(), change.change(), List.of(), List.of(), 0));
            } else {
                changes.add(changed(change.path(), was.get(change.path()).content(), now.get(change.path()).content()));
            }
        }
        return changes;
    }

    private static ChangedFile changed(String path, byte[] before, byte[] after) {
        if (path.endsWith(".xlsx")) {
            try {
                List<WorkbookDiff.CellChange> cells = WorkbookDiff.between(before, after);
                return new ChangedFile(path, FileChange.Kind.CHANGED, cells.subList(0, Math.min(SHOWN, cells.size())), List.of(),
                        Math.max(0, cells.size() - SHOWN));
            } catch (IOException unreadable) {
                // A workbook that cannot be read was refused by validation; the change is recorded without its cells.
                return new ChangedFile(path, FileChange.Kind.CHANGED, List.of(), List.of(), -1);
            }
        }
        List<String> old = new String(before, StandardCharsets.UTF_8).lines().toList();
        List<String> current = new String(after, StandardCharsets.UTF_8).lines().toList();
        List<LineChange> lines = new ArrayList<>();
        for (AbstractDelta<String> delta : DiffUtils.diff(old, current).getDeltas()) {
            List<String> removed = delta.getSource().getLines();
            List<String> added = delta.getTarget().getLines();
            for (int index = 0; index < Math.max(removed.size(), added.size()); index++) {
                boolean hasAdded = index < added.size();
                int line = hasAdded ? delta.getTarget().getPosition() + index + 1 : delta.getSource().getPosition() + index + 1;
                lines.add(new LineChange(line, index < removed.size() ? removed.get(index) : null, hasAdded ? added.get(index) : null));
            }
        }
        return new ChangedFile(path, FileChange.Kind.CHANGED, List.of(), lines.subList(0, Math.min(SHOWN, lines.size())),
                Math.max(0, lines.size() - SHOWN));
    }

    private static Map<String, SourceFile> byPath(RuleSetSnapshot snapshot) {
        Map<String, SourceFile> files = new TreeMap<>();
        if (snapshot != null) {
            snapshot.files().forEach(file -> files.put(file.path(), file));
        }
        return files;
    }
}

package org.judgementsupport.rulechange;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.judgementsupport.ruleset.RuleSetSnapshot;
import org.judgementsupport.ruleset.SourceFile;
import org.judgementsupport.ruleset.WorkbookMerge;

/**
 * Re-applies a candidate's changes, made against the version it was based on, on top of the version now in service.
 * A file only one side changed takes that side's content; a workbook both changed is merged cell by cell; a cell, or a
 * rule or scenario file, both changed differently is a conflict, listed for people to resolve.
 */
final class RuleSetMerge {

    /**
     * Something both sides changed, each in its own way.
     *
     * @param sheet     for a workbook cell, its sheet; null when the conflict is the whole file
     * @param cell      for a workbook cell, e.g. {@code D11}; null when the conflict is the whole file
     * @param before    the cell's value in the version the candidate was based on
     * @param candidate the cell's value in the candidate
     * @param inService the cell's value in the version in service
     */
    record Conflict(String path, String sheet, String cell, String before, String candidate, String inService) {
    }

    /** The merged files, or what both sides changed (then no files). */
    record Result(RuleSetSnapshot merged, List<Conflict> conflicts) {
    }

    private RuleSetMerge() {
    }

    static Result merge(RuleSetSnapshot base, RuleSetSnapshot candidate, RuleSetSnapshot inService) {
        Map<String, byte[]> was = contents(base);
        Map<String, byte[]> ours = contents(candidate);
        Map<String, byte[]> theirs = contents(inService);
        TreeSet<String> paths = new TreeSet<>(was.keySet());
        paths.addAll(ours.keySet());
        paths.addAll(theirs.keySet());
        List<SourceFile> files = new ArrayList<>();
        List<Conflict> conflicts = new ArrayList<>();
        for (String path : paths) {
            byte[] before = was.get(path);
            byte[] mine = ours.get(path);
            byte[] current = theirs.get(path);
            byte[] result;
            if (Arrays.equals(mine, before)) {
                result = current;
            } else if (Arrays.equals(current, before) || Arrays.equals(mine, current)) {
                result = mine;
            } else if (before != null && mine != null && current != null && path.endsWith(".xlsx")) {
                WorkbookMerge.Result cells = mergeWorkbook(path, before, mine, current);
                cells.conflicts().forEach(conflict -> conflicts.add(new Conflict(path, conflict.sheet(), conflict.cell(), conflict.before(),
                        conflict.candidate(), conflict.inService())));
                result = cells.merged();
            } else {
                conflicts.add(new Conflict(path, null, null, before == null ? "absent" : "present", describe(mine), describe(current)));
                result = null;
            }
            if (result != null) {
                files.add(new SourceFile(path, result));
            }
        }
        return conflicts.isEmpty() ? new Result(new RuleSetSnapshot(files, List.of()), List.of()) : new Result(null, conflicts);
    }

    private static WorkbookMerge.Result mergeWorkbook(String path, byte[] before, byte[] mine, byte[] current) {
        try {
            return WorkbookMerge.merge(before, mine, current);
        } catch (IOException unreadable) {
            // Every archived candidate validated, so its workbooks open; should one not, people must merge it by hand.
            return new WorkbookMerge.Result(null, List.of(new WorkbookMerge.Conflict(null, null, "changed", "changed", "changed")));
        }
    }

    private static String describe(byte[] content) {
        return content == null ? "removed" : "changed";
    }

    private static Map<String, byte[]> contents(RuleSetSnapshot snapshot) {
        Map<String, byte[]> contents = new TreeMap<>();
        snapshot.files().forEach(file -> contents.put(file.path(), file.content()));
        return contents;
    }
}

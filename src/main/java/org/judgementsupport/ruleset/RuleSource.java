package org.judgementsupport.ruleset;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DRL text as compiled, and where it came from: a DRL file policy staff wrote, or one sheet of a workbook that Drools
 * translated. Maps a line of the DRL back to what policy staff edit.
 *
 * @param file  the rule or workbook file, relative to the rule-set folder
 * @param sheet the workbook sheet, or null for a DRL file
 * @param drl   the DRL text
 */
record RuleSource(String file, String sheet, String drl) {

    /** Drools marks each generated rule with the cell its row starts at, e.g. "// rule values at A12, header at A5". */
    private static final Pattern ROW_MARKER = Pattern.compile("^\\s*// rule values at ([A-Z]+[0-9]+), header at ([A-Z]+[0-9]+)");

    boolean isDecisionTable() {
        return sheet != null;
    }

    /**
     * Where a line of the DRL comes from: the same line of a DRL file, or the first cell of the table row a generated
     * rule was made from (the table's header row for lines before the first rule).
     */
    RuleLocation locate(int line) {
        if (!isDecisionTable()) {
            return RuleLocation.ofLine(file, line);
        }
        String[] lines = drl.split("\n", -1);
        for (int index = Math.min(line, lines.length) - 1; index >= 0; index--) {
            Matcher marker = ROW_MARKER.matcher(lines[index]);
            if (marker.find()) {
                return RuleLocation.ofCell(file, sheet, marker.group(1));
            }
        }
        return RuleLocation.ofSheet(file, sheet);
    }

    /** The package the DRL declares, used to place it where Drools expects it. */
    String packageName() {
        Matcher declaration = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;?").matcher(drl);
        return declaration.find() ? declaration.group(1) : "defaultpkg";
    }
}

package org.judgementsupport.ruleset;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Where something is, in the terms of the file policy staff edit: a DRL file and line, or a workbook, sheet and cell.
 *
 * @param file  path relative to the rule-set folder, e.g. {@code decision-tables/criteria/limits.drl.xlsx}
 * @param line  line in a DRL file, when known
 * @param sheet sheet of a workbook
 * @param cell  cell of a sheet in A1 style, e.g. {@code B12}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RuleLocation(String file, Integer line, String sheet, String cell) {

    public static RuleLocation ofFile(String file) {
        return new RuleLocation(file, null, null, null);
    }

    public static RuleLocation ofLine(String file, int line) {
        return new RuleLocation(file, line > 0 ? line : null, null, null);
    }

    public static RuleLocation ofCell(String file, String sheet, String cell) {
        return new RuleLocation(file, null, sheet, cell);
    }

    /** The spreadsheet row of {@link #cell}, e.g. 12 for B12. */
    @JsonProperty(value = "row", access = JsonProperty.Access.READ_ONLY)
    public Integer row() {
        if (cell == null) {
            return null;
        }
        int digits = 0;
        while (digits < cell.length() && !Character.isDigit(cell.charAt(digits))) {
            digits++;
        }
        return Integer.valueOf(cell.substring(digits));
    }

    /** "decision-tables/x.drl.xlsx, sheet Limits, cell B12" or "rules/x.drl, line 14". */
    public String describe() {
        StringBuilder text = new StringBuilder(file);
        if (sheet != null) {
            text.append(", sheet '").append(sheet).append("'");
        }
        if (cell != null) {
            text.append(", cell ").append(cell);
        }
        if (line != null) {
            text.append(", line ").append(line);
        }
        return text.toString();
    }
}

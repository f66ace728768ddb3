package org.judgementsupport.ruleset;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Comparator;

/**
 * Where something is, in the terms of the file policy staff edit: a line of a DRL (or other text) file, a workbook's
 * sheet and cell, or a file or folder as a whole. As JSON each is its file with what it has of {@code line},
 * {@code sheet}, {@code cell} and the cell's {@code row}.
 */
public sealed interface RuleLocation permits RuleLocation.WholeFile, RuleLocation.DrlLine, RuleLocation.WorkbookCell {

    /** Path relative to the rule-set folder, e.g. {@code decision-tables/criteria/limits.drl.xlsx}. */
    String file();

    /** "decision-tables/x.drl.xlsx, sheet 'Limits', cell B12", "rules/x.drl, line 14" or the file alone. */
    String describe();

    /** A file, or a folder, as a whole: one that cannot be read, or a problem of no one place in it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record WholeFile(String file) implements RuleLocation {

        @Override
        public String describe() {
            return file;
        }
    }

    /**
     * A line of a text file: a DRL file, or a policy scenario.
     *
     * @param line from 1
     */
    record DrlLine(String file, int line) implements RuleLocation {

        @Override
        public String describe() {
            return file + ", line " + line;
        }
    }

    /**
     * A cell of a workbook's sheet, or the sheet as a whole.
     *
     * @param cell in A1 style, e.g. {@code B12}; null for the whole sheet
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record WorkbookCell(String file, String sheet, String cell) implements RuleLocation {

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

        @Override
        public String describe() {
            return file + (sheet == null ? "" : ", sheet '" + sheet + "'") + (cell == null ? "" : ", cell " + cell);
        }
    }

    /** By file, then sheet, then row or line: the order a reader goes through the rule folder. */
    Comparator<RuleLocation> READING_ORDER = Comparator.comparing(RuleLocation::file)
            .thenComparing(location -> location instanceof WorkbookCell cell ? cell.sheet() : "")
            .thenComparing(location -> location instanceof WorkbookCell cell && cell.row() != null ? cell.row()
                    : location instanceof DrlLine text ? text.line() : 0);

    static RuleLocation ofFile(String file) {
        return new WholeFile(file);
    }

    /** A line of a text file; a line of 0 or less is not known, so the place is the file as a whole. */
    static RuleLocation ofLine(String file, int line) {
        return line > 0 ? new DrlLine(file, line) : new WholeFile(file);
    }

    static RuleLocation ofCell(String file, String sheet, String cell) {
        return new WorkbookCell(file, sheet, cell);
    }

    static RuleLocation ofSheet(String file, String sheet) {
        return new WorkbookCell(file, sheet, null);
    }

    /** A location as stored in a validation report, or sent by the validation process: the kind follows from what it has. */
    @JsonCreator
    static RuleLocation fromJson(@JsonProperty("file") String file, @JsonProperty("line") Integer line, @JsonProperty("sheet") String sheet,
                                 @JsonProperty("cell") String cell, @JsonProperty("row") Integer row) {
        if (sheet != null || cell != null) {
            return new WorkbookCell(file, sheet, cell);
        }
        return line != null ? new DrlLine(file, line) : new WholeFile(file);
    }
}

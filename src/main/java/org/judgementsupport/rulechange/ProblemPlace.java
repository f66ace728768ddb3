package org.judgementsupport.rulechange;

import org.judgementsupport.ruleset.RuleLocation;
import org.judgementsupport.ruleset.RuleSetProblem;

/**
 * A validation problem laid out as the report page shows it: the file, the sheet, the cell or line, and what is wrong,
 * with the id the error summary links to.
 *
 * @param id      the row's id on the page
 * @param file    the file, as in the rule folder
 * @param sheet   the workbook's sheet, or empty
 * @param place   "cell B12" or "line 14", or empty for the file or sheet as a whole
 * @param message what is wrong
 * @param error   whether it stops the rule set going into service
 */
record ProblemPlace(String id, String file, String sheet, String place, String message, boolean error) {

    static ProblemPlace of(String id, RuleSetProblem problem) {
        RuleLocation location = problem.location();
        if (location instanceof RuleLocation.WorkbookCell cell) {
            return new ProblemPlace(id, cell.file(), orEmpty(cell.sheet()), cell.cell() == null ? "" : "cell " + cell.cell(), problem.message(),
                    problem.isError());
        }
        if (location instanceof RuleLocation.DrlLine line) {
            return new ProblemPlace(id, line.file(), "", "line " + line.line(), problem.message(), problem.isError());
        }
        return new ProblemPlace(id, location == null ? "" : orEmpty(location.file()), "", "", problem.message(), problem.isError());
    }

    /** The problem in one sentence for the error summary: where, then what. */
    public String summary() {
        StringBuilder where = new StringBuilder(file);
        if (!sheet.isEmpty()) {
            where.append(", sheet '").append(sheet).append("'");
        }
        if (!place.isEmpty()) {
            where.append(", ").append(place);
        }
        return where + ": " + message;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}

package org.judgementsupport.ruleset;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.drools.decisiontable.parser.DefaultRuleSheetListener;
import org.drools.decisiontable.parser.xls.ExcelParser;
import org.drools.template.parser.DataListener;

/**
 * Turns each sheet of a decision-table workbook into DRL, reporting layout problems against the workbook's cells.
 *
 * <p>Sheets are translated one at a time, so every generated rule is known to come from one sheet, and a broken sheet
 * does not hide problems in the others. Drools' own spreadsheet path would throw on a corrupt workbook and read only
 * the first sheet; here both are reported, not thrown. Sheets without a {@code RuleTable} (a "Read me", say) are left
 * alone; a workbook with none at all is a problem.
 */
final class SpreadsheetTranslator {

    /** The DRL Drools generated from one sheet of a workbook. */
    record TranslatedSheet(String file, String sheet, String drl) {
    }

    private static final String RULE_TABLE = "ruletable";
    private static final Pattern CELL_IN_MESSAGE = Pattern.compile("\\b(?:cell|Cell|row:)\\s*([A-Z]{1,3}[0-9]+)");
    /** Column keywords Drools accepts; Drools also takes any word by its first letter, which hides misspellings. */
    private static final Set<String> KEYWORDS = Set.of("CONDITION", "ACTION", "NAME", "DESCRIPTION", "METADATA", "PRIORITY",
            "DURATION", "TIMER", "ENABLED", "CALENDARS", "NO-LOOP", "LOCK-ON-ACTIVE", "AUTO-FOCUS", "ACTIVATION-GROUP",
            "AGENDA-GROUP", "RULEFLOW-GROUP", "DATE-EFFECTIVE", "DATE-EXPIRES");

    List<TranslatedSheet> translate(SourceFile workbookFile, List<RuleSetProblem> problems) {
        String file = workbookFile.path();
        List<String> ruleSheets;
        try (Workbook workbook = open(workbookFile)) {
            ruleSheets = new ArrayList<>();
            for (Sheet sheet : workbook) {
                List<RuleSetProblem> layoutProblems = checkKeywordRows(file, sheet);
                problems.addAll(layoutProblems);
                if (hasRuleTable(sheet) && layoutProblems.isEmpty()) {
                    ruleSheets.add(sheet.getSheetName());
                }
            }
            if (ruleSheets.isEmpty() && problems.stream().noneMatch(problem -> problem.location().file().equals(file))) {
                problems.add(new RuleSetProblem(RuleSetProblem.Kind.TABLE_LAYOUT, RuleLocation.ofFile(file),
                        "has no decision table: a table starts with a cell reading 'RuleTable' followed by its name"));
            }
        } catch (IOException | RuntimeException unreadable) {
            problems.add(new RuleSetProblem(RuleSetProblem.Kind.UNREADABLE_FILE, RuleLocation.ofFile(file),
                    "cannot be opened as an Excel workbook; it may be corrupt or was not saved completely. Open it in "
                            + "Excel or LibreOffice and save it again as .xlsx (" + rootMessage(unreadable) + ")"));
            return List.of();
        }
        List<TranslatedSheet> translated = new ArrayList<>();
        for (String sheet : ruleSheets) {
            translateSheet(workbookFile, sheet, problems).ifPresent(translated::add);
        }
        return translated;
    }

    private Optional<TranslatedSheet> translateSheet(SourceFile workbookFile, String sheet, List<RuleSetProblem> problems) {
        DefaultRuleSheetListener listener = new DefaultRuleSheetListener();
        ExcelParser parser = new ExcelParser(Map.<String, List<DataListener>>of(sheet, List.of(listener)));
        try {
            // parseWorkbook closes the workbook it is given, so each sheet gets its own copy.
            parser.parseWorkbook(open(workbookFile));
            return Optional.of(new TranslatedSheet(workbookFile.path(), sheet, new SpreadsheetCompiler().listenerToString(listener)));
        } catch (IOException | RuntimeException layout) {
            String message = rootMessage(layout);
            Matcher cell = CELL_IN_MESSAGE.matcher(message);
            RuleLocation location = cell.find()
                    ? RuleLocation.ofCell(workbookFile.path(), sheet, cell.group(1))
                    : new RuleLocation(workbookFile.path(), null, sheet, null);
            problems.add(new RuleSetProblem(RuleSetProblem.Kind.TABLE_LAYOUT, location, message));
            return Optional.empty();
        }
    }

    /** The row after "RuleTable" names each column's role; every cell in it must be a keyword spelt in full. */
    private static List<RuleSetProblem> checkKeywordRows(String file, Sheet sheet) {
        List<RuleSetProblem> problems = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (!isRuleTableCell(cell)) {
                    continue;
                }
                Row keywords = sheet.getRow(row.getRowNum() + 1);
                if (keywords == null) {
                    problems.add(new RuleSetProblem(RuleSetProblem.Kind.TABLE_LAYOUT,
                            RuleLocation.ofCell(file, sheet.getSheetName(), new CellReference(row.getRowNum() + 1, cell.getColumnIndex()).formatAsString(false)),
                            "the row under 'RuleTable' must name each column: CONDITION, ACTION, NAME, METADATA …"));
                    continue;
                }
                for (Cell keyword : keywords) {
                    if (keyword.getColumnIndex() < cell.getColumnIndex() || keyword.getCellType() != CellType.STRING) {
                        continue;
                    }
                    String word = keyword.getStringCellValue().trim();
                    if (!word.isEmpty() && !KEYWORDS.contains(word.toUpperCase(Locale.ROOT))) {
                        problems.add(new RuleSetProblem(RuleSetProblem.Kind.TABLE_LAYOUT,
                                RuleLocation.ofCell(file, sheet.getSheetName(), new CellReference(keyword).formatAsString(false)),
                                "'" + word + "' is not a column keyword; write one of CONDITION, ACTION, NAME, METADATA, "
                                        + "DESCRIPTION, PRIORITY (Drools would guess from the first letter alone)"));
                    }
                }
            }
        }
        return problems;
    }

    private static boolean hasRuleTable(Sheet sheet) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (isRuleTableCell(cell)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isRuleTableCell(Cell cell) {
        if (cell.getCellType() != CellType.STRING) {
            return false;
        }
        String text = cell.getStringCellValue().trim().toLowerCase(Locale.ROOT);
        return text.equals(RULE_TABLE) || text.startsWith(RULE_TABLE + " ");
    }

    private static Workbook open(SourceFile file) throws IOException {
        return WorkbookFactory.create(new ByteArrayInputStream(file.content()));
    }

    private static String rootMessage(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
        return failure == cause || failure.getMessage() == null ? message : failure.getMessage();
    }
}

package org.judgementsupport.ruleset;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * The decision tables of a workbook as policy staff see them: each table's columns (keyword, fact pattern, code
 * snippet, label) and its rows of cells, with their addresses.
 *
 * <p>It reads the layout Drools reads (the row under "RuleTable" names each column's role, then the pattern row, the
 * code row, the label row, then one rule per row until a blank row) so problems can be reported at the exact cell,
 * and threshold tables can be analysed row by row. Drools itself compiles the same cells; this reader never decides
 * what a rule does.
 */
public final class DecisionTableLayout {

    private static final String RULE_TABLE = "ruletable";

    /** One column of a table. */
    public record Column(int index, String keyword, String pattern, String snippet, String label) {

        public String letter() {
            return CellReference.convertNumToColString(index);
        }

        /** True when the column's code contains the text, e.g. {@code Criterion.parse} or {@code source(}. */
        public boolean codeContains(String text) {
            return snippet != null && snippet.contains(text);
        }
    }

    /** One rule row of a table: its spreadsheet row number (1-based) and its non-empty cells by column index. */
    public record TableRow(int number, Map<Integer, String> cells) {

        public Optional<String> value(Column column) {
            return Optional.ofNullable(cells.get(column.index())).filter(value -> !value.isBlank());
        }

        public String cell(Column column) {
            return column.letter() + number;
        }
    }

    /** One table: its name, the cell it starts at, its columns and rows. */
    public record Table(String file, String sheet, String name, String startCell, List<Column> columns, List<TableRow> rows) {

        /** The first column whose code contains the text. */
        public Optional<Column> columnWithCode(String text) {
            return columns.stream().filter(column -> column.codeContains(text)).findFirst();
        }

        public Optional<Column> columnWithKeyword(String keyword) {
            return columns.stream().filter(column -> keyword.equalsIgnoreCase(column.keyword())).findFirst();
        }

        /** The row whose rule starts at that spreadsheet row. */
        public Optional<TableRow> row(int number) {
            return rows.stream().filter(row -> row.number() == number).findFirst();
        }

        public RuleLocation location(TableRow row, Column column) {
            return RuleLocation.ofCell(file, sheet, row.cell(column));
        }
    }

    private DecisionTableLayout() {
    }

    /** Every decision table in every sheet of the workbook; none when it cannot be read (the translator reports that). */
    public static List<Table> read(SourceFile workbookFile) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(workbookFile.content()))) {
            DataFormatter formatter = new DataFormatter(Locale.ENGLISH);
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            List<Table> tables = new ArrayList<>();
            for (Sheet sheet : workbook) {
                tables.addAll(tablesIn(workbookFile.path(), sheet, formatter, evaluator));
            }
            return tables;
        } catch (IOException | RuntimeException unreadable) {
            return List.of();
        }
    }

    /** The first cell of the sheet, top to bottom, whose text contains the given text, e.g. the Import cell naming a class. */
    static Optional<String> cellContaining(SourceFile workbookFile, String sheetName, String text) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(workbookFile.content()))) {
            Sheet sheet = workbook.getSheet(sheetName);
            DataFormatter formatter = new DataFormatter(Locale.ENGLISH);
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            for (Row row : sheet == null ? List.<Row>of() : sheet) {
                for (Cell cell : row) {
                    if (text(cell, formatter, evaluator, sheet).contains(text)) {
                        return Optional.of(new CellReference(cell).formatAsString(false));
                    }
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            // The translator reports an unreadable workbook.
        }
        return Optional.empty();
    }

    private static List<Table> tablesIn(String file, Sheet sheet, DataFormatter formatter, FormulaEvaluator evaluator) {
        List<Table> tables = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                String text = text(cell, formatter, evaluator, sheet);
                String lower = text.trim().toLowerCase(Locale.ROOT);
                if (lower.equals(RULE_TABLE) || lower.startsWith(RULE_TABLE + " ")) {
                    tables.add(table(file, sheet, row.getRowNum(), cell.getColumnIndex(), text.trim().substring(RULE_TABLE.length()).trim(),
                            formatter, evaluator));
                }
            }
        }
        return tables;
    }

    private static Table table(String file, Sheet sheet, int startRow, int startColumn, String name,
                               DataFormatter formatter, FormulaEvaluator evaluator) {
        List<Column> columns = new ArrayList<>();
        Row keywords = sheet.getRow(startRow + 1);
        if (keywords != null) {
            for (int index = startColumn; index < keywords.getLastCellNum(); index++) {
                String keyword = text(keywords.getCell(index), formatter, evaluator, sheet).trim();
                if (keyword.isEmpty()) {
                    continue;
                }
                columns.add(new Column(index, keyword.toUpperCase(Locale.ROOT),
                        text(cellAt(sheet, startRow + 2, index), formatter, evaluator, sheet).trim(),
                        text(cellAt(sheet, startRow + 3, index), formatter, evaluator, sheet).trim(),
                        text(cellAt(sheet, startRow + 4, index), formatter, evaluator, sheet).trim()));
            }
        }
        List<TableRow> rows = new ArrayList<>();
        for (int rowIndex = startRow + 5; rowIndex <= sheet.getLastRowNum(); rowIndex++) {
            Map<Integer, String> cells = new LinkedHashMap<>();
            for (Column column : columns) {
                String value = text(cellAt(sheet, rowIndex, column.index()), formatter, evaluator, sheet).trim();
                if (!value.isEmpty()) {
                    cells.put(column.index(), value);
                }
            }
            if (cells.isEmpty()) {
                break;
            }
            rows.add(new TableRow(rowIndex + 1, cells));
        }
        return new Table(file, sheet.getSheetName(), name, new CellReference(startRow, startColumn).formatAsString(false), columns, rows);
    }

    private static Cell cellAt(Sheet sheet, int row, int column) {
        Row cells = sheet.getRow(row);
        return cells == null ? null : cells.getCell(column);
    }

    /** A cell's text as Drools sees it; a merged cell reads as the top-left cell of its range. */
    private static String text(Cell cell, DataFormatter formatter, FormulaEvaluator evaluator, Sheet sheet) {
        if (cell == null) {
            return "";
        }
        for (CellRangeAddress merged : sheet.getMergedRegions()) {
            if (merged.isInRange(cell)) {
                cell = cellAt(sheet, merged.getFirstRow(), merged.getFirstColumn());
                break;
            }
        }
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            double number = cell.getNumericCellValue();
            return number == Math.rint(number) && Math.abs(number) < 1e15 ? Long.toString((long) number) : Double.toString(number);
        }
        return formatter.formatCellValue(cell, evaluator);
    }
}

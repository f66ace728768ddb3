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
 * The decision tables of a workbook as policy staff see them: each table's settings (RuleSet, Import …), its columns
 * (keyword, fact pattern, code snippet, label) and its rows of cells, with their addresses.
 *
 * <p>It reads the layout Drools defined for spreadsheet rules (settings above the table; the row under "RuleTable"
 * names each column's role, then the pattern row, the code row, the label row, then one rule per row until a blank
 * row), so problems can be reported at the exact cell and rows can be read as data. A merged range reads as its
 * top-left cell wherever it is asked, whether or not the file holds the covered cells: LibreOffice and Excel write
 * them blank, other tools (openpyxl, for one) leave them out.
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

    /**
     * A setting above a table, such as {@code RuleSet} or {@code Import}: its key, its value and the cells they are in.
     */
    public record Setting(String key, String value, String keyCell, String valueCell) {
    }

    /**
     * One table: where it is, its settings, its columns and rows, and any cell with text in the table's columns below
     * the blank row that ends it (Drools would silently ignore such a row).
     *
     * @param startRow    0-based row of the RuleTable cell
     * @param startColumn 0-based column of the RuleTable cell
     * @param strayCells  cells above the table, outside the settings' key and value columns, that hold text
     */
    public record Table(String file, String sheet, String name, String startCell, int startRow, int startColumn,
                        List<Setting> settings, List<Column> columns, List<TableRow> rows, Optional<String> cellBelowEnd,
                        List<String> strayCells) {

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

        /** The cell of the keyword row ({@code CONDITION}, {@code ACTION} …) in that column. */
        public String keywordCell(int column) {
            return address(startRow + 1, column);
        }

        public String patternCell(int column) {
            return address(startRow + 2, column);
        }

        public String codeCell(int column) {
            return address(startRow + 3, column);
        }

        public RuleLocation at(String cell) {
            return RuleLocation.ofCell(file, sheet, cell);
        }

        /** The spreadsheet row (1-based) of the first rule row. */
        public int firstRuleRow() {
            return startRow + 6;
        }

        public Optional<Setting> setting(String key) {
            return settings.stream().filter(setting -> setting.key().equalsIgnoreCase(key)).findFirst();
        }
    }

    private DecisionTableLayout() {
    }

    /**
     * Every decision table in every sheet of the workbook.
     *
     * @throws IOException when the workbook cannot be opened
     */
    public static List<Table> readTables(byte[] workbookContent, String path) throws IOException {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(workbookContent))) {
            DataFormatter formatter = new DataFormatter(Locale.ENGLISH);
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            List<Table> tables = new ArrayList<>();
            for (Sheet sheet : workbook) {
                tables.addAll(new SheetReader(sheet, formatter, evaluator).tables(path));
            }
            return tables;
        }
    }

    /** Every decision table in every sheet of the workbook; none when it cannot be read (the translator reports that). */
    public static List<Table> read(SourceFile workbookFile) {
        try {
            return readTables(workbookFile.content(), workbookFile.path());
        } catch (IOException | RuntimeException unreadable) {
            return List.of();
        }
    }

    private static String address(int row, int column) {
        return new CellReference(row, column).formatAsString(false);
    }

    /** Reads one sheet's cells as text, with merged ranges resolved by position. */
    private static final class SheetReader {
        private final Sheet sheet;
        private final DataFormatter formatter;
        private final FormulaEvaluator evaluator;
        private final List<CellRangeAddress> merged;

        SheetReader(Sheet sheet, DataFormatter formatter, FormulaEvaluator evaluator) {
            this.sheet = sheet;
            this.formatter = formatter;
            this.evaluator = evaluator;
            this.merged = sheet.getMergedRegions();
        }

        List<Table> tables(String file) {
            List<Table> tables = new ArrayList<>();
            for (Row row : sheet) {
                for (Cell cell : row) {
                    String lower = text(row.getRowNum(), cell.getColumnIndex()).trim().toLowerCase(Locale.ROOT);
                    if (lower.equals(RULE_TABLE) || lower.startsWith(RULE_TABLE + " ")) {
                        tables.add(table(file, row.getRowNum(), cell.getColumnIndex()));
                    }
                }
            }
            return tables;
        }

        private Table table(String file, int startRow, int startColumn) {
            String name = text(startRow, startColumn).trim().substring(RULE_TABLE.length()).trim();
            List<Column> columns = new ArrayList<>();
            Row keywords = sheet.getRow(startRow + 1);
            int lastColumn = keywords == null ? startColumn : Math.max(startColumn, keywords.getLastCellNum());
            for (int index = startColumn; index < lastColumn; index++) {
                String keyword = text(startRow + 1, index).trim();
                if (!keyword.isEmpty()) {
                    columns.add(new Column(index, keyword.toUpperCase(Locale.ROOT), text(startRow + 2, index).trim(),
                            text(startRow + 3, index).trim(), text(startRow + 4, index).trim()));
                }
            }
            List<TableRow> rows = new ArrayList<>();
            int rowIndex = startRow + 5;
            for (; rowIndex <= sheet.getLastRowNum(); rowIndex++) {
                Map<Integer, String> cells = new LinkedHashMap<>();
                for (Column column : columns) {
                    String value = text(rowIndex, column.index()).trim();
                    if (!value.isEmpty()) {
                        cells.put(column.index(), value);
                    }
                }
                if (cells.isEmpty()) {
                    break;
                }
                rows.add(new TableRow(rowIndex + 1, cells));
            }
            return new Table(file, sheet.getSheetName(), name, address(startRow, startColumn), startRow, startColumn,
                    settings(startRow, startColumn), columns, rows, cellBelowEnd(rowIndex, columns), strayCells(startRow, startColumn));
        }

        /** Key and value pairs in the rows above the table: the key in the table's first column, the value beside it. */
        private List<Setting> settings(int tableRow, int column) {
            List<Setting> settings = new ArrayList<>();
            for (int row = 0; row < tableRow; row++) {
                String key = text(row, column).trim();
                if (!key.isEmpty()) {
                    settings.add(new Setting(key, text(row, column + 1).trim(), address(row, column), address(row, column + 1)));
                }
            }
            return settings;
        }

        private List<String> strayCells(int tableRow, int tableColumn) {
            List<String> stray = new ArrayList<>();
            for (int row = 0; row < tableRow; row++) {
                Row cells = sheet.getRow(row);
                if (cells == null) {
                    continue;
                }
                for (Cell cell : cells) {
                    int column = cell.getColumnIndex();
                    if (column != tableColumn && column != tableColumn + 1 && !text(row, column).isBlank()) {
                        stray.add(address(row, column));
                    }
                }
            }
            return stray;
        }

        /** The first cell with text in the table's columns below the blank row that ends it. */
        private Optional<String> cellBelowEnd(int blankRow, List<Column> columns) {
            for (int row = blankRow + 1; row <= sheet.getLastRowNum(); row++) {
                for (Column column : columns) {
                    if (!text(row, column.index()).isBlank()) {
                        return Optional.of(address(row, column.index()));
                    }
                }
            }
            return Optional.empty();
        }

        /** A cell's text; a cell inside a merged range reads as the range's top-left cell, whether or not it exists. */
        private String text(int row, int column) {
            for (CellRangeAddress range : merged) {
                if (range.isInRange(row, column)) {
                    row = range.getFirstRow();
                    column = range.getFirstColumn();
                    break;
                }
            }
            Row cells = sheet.getRow(row);
            Cell cell = cells == null ? null : cells.getCell(column);
            if (cell == null) {
                return "";
            }
            CellType type = cell.getCellType() == CellType.FORMULA ? evaluator.evaluateFormulaCell(cell) : cell.getCellType();
            if (type == CellType.NUMERIC && !org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(cell)) {
                double number = cell.getNumericCellValue();
                return number == Math.rint(number) && Math.abs(number) < 1e15 ? Long.toString((long) number) : Double.toString(number);
            }
            return formatter.formatCellValue(cell, evaluator);
        }
    }
}

package org.judgementsupport.ruleset;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Edits a real workbook the way policy staff would: a cell found by its row's name and its column's label, a row
 * deleted, or a row inserted above another. Tests start from the repository's own workbooks, so what they edit is
 * what policy staff have, never a copy that could drift from it.
 */
public final class WorkbookEdit {

    private WorkbookEdit() {
    }

    public static byte[] setCell(byte[] workbook, String rowName, String columnLabel, String value) {
        return edit(workbook, rowName, Map.of(columnLabel, ""), (sheet, found) -> {
            Row row = sheet.getRow(found.row());
            int column = found.columns().get(columnLabel);
            Cell target = row.getCell(column);
            if (target == null) {
                target = row.createCell(column);
            }
            target.setCellValue(value);
        });
    }

    /** The workbook without the row of that name; the rows below move up, as "Delete row" does. */
    public static byte[] deleteRow(byte[] workbook, String rowName) {
        return edit(workbook, rowName, Map.of(), (sheet, found) -> {
            sheet.removeRow(sheet.getRow(found.row()));
            if (found.row() < sheet.getLastRowNum()) {
                sheet.shiftRows(found.row() + 1, sheet.getLastRowNum(), -1);
            }
        });
    }

    /**
     * The workbook with a new row above the row of that name, its cells given by column label (in order); the rows
     * below move down, as "Insert row" does.
     */
    public static byte[] insertRowAbove(byte[] workbook, String rowName, Map<String, String> cellsByLabel) {
        return edit(workbook, rowName, cellsByLabel, (sheet, found) -> {
            sheet.shiftRows(found.row(), sheet.getLastRowNum(), 1);
            Row inserted = sheet.createRow(found.row());
            cellsByLabel.forEach((label, value) -> inserted.createCell(found.columns().get(label)).setCellValue(value));
        });
    }

    /** Cells for {@link #insertRowAbove}: label, value, label, value … in column order. */
    public static Map<String, String> cells(String... labelsAndValues) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (int index = 0; index < labelsAndValues.length; index += 2) {
            cells.put(labelsAndValues[index], labelsAndValues[index + 1]);
        }
        return cells;
    }

    /** Where the named row is, and the columns of the labels asked for. */
    private record Found(int row, Map<String, Integer> columns) {
    }

    private interface Change {
        void apply(Sheet sheet, Found found);
    }

    private static byte[] edit(byte[] workbook, String rowName, Map<String, String> labels, Change change) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            for (Sheet sheet : book) {
                Map<String, Integer> columns = new LinkedHashMap<>();
                for (Row row : sheet) {
                    forEachText(row, cell -> {
                        if (labels.containsKey(cell.getStringCellValue())) {
                            columns.put(cell.getStringCellValue(), cell.getColumnIndex());
                        }
                    });
                    Cell name = row.getCell(0);
                    if (columns.keySet().containsAll(labels.keySet()) && name != null && name.getCellType() == CellType.STRING
                            && name.getStringCellValue().equals(rowName)) {
                        change.apply(sheet, new Found(row.getRowNum(), columns));
                        ByteArrayOutputStream out = new ByteArrayOutputStream();
                        book.write(out);
                        return out.toByteArray();
                    }
                }
            }
            throw new IllegalArgumentException("no row '" + rowName + "'" + (labels.isEmpty() ? "" : " with the columns " + labels.keySet()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void forEachText(Row row, Consumer<Cell> action) {
        for (Cell cell : row) {
            if (cell.getCellType() == CellType.STRING) {
                action.accept(cell);
            }
        }
    }
}

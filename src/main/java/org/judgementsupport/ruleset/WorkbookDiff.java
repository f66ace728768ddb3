package org.judgementsupport.ruleset;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;

/**
 * What changed between two versions of a workbook, cell by cell, as policy staff would describe it: sheet, cell, old
 * value, new value. Formulas are compared as formulas, other cells as they are displayed.
 */
public final class WorkbookDiff {

    /**
     * One cell that changed.
     *
     * @param sheet  the sheet
     * @param cell   the cell, e.g. {@code D11}
     * @param before its text before, or null when it was empty (or its sheet did not exist)
     * @param after  its text after, or null when it is now empty (or its sheet was removed)
     */
    public record CellChange(String sheet, String cell, String before, String after) {
    }

    private WorkbookDiff() {
    }

    /** Every cell that differs, sheet by sheet in the order of the newer workbook, then row by row. */
    public static List<CellChange> between(byte[] before, byte[] after) throws IOException {
        Map<String, Map<String, String>> was = cells(before);
        Map<String, Map<String, String>> now = cells(after);
        Set<String> sheets = new LinkedHashSet<>(now.keySet());
        sheets.addAll(was.keySet());
        List<CellChange> changes = new ArrayList<>();
        for (String sheet : sheets) {
            Map<String, String> old = was.getOrDefault(sheet, Map.of());
            Map<String, String> current = now.getOrDefault(sheet, Map.of());
            Set<String> addresses = new TreeSet<>(WorkbookDiff::inSheetOrder);
            addresses.addAll(old.keySet());
            addresses.addAll(current.keySet());
            for (String address : addresses) {
                String oldValue = old.get(address);
                String newValue = current.get(address);
                if (oldValue == null ? newValue != null : !oldValue.equals(newValue)) {
                    changes.add(new CellChange(sheet, address, oldValue, newValue));
                }
            }
        }
        return changes;
    }

    /** Non-empty cells by sheet, then by address. */
    private static Map<String, Map<String, String>> cells(byte[] content) throws IOException {
        Map<String, Map<String, String>> sheets = new LinkedHashMap<>();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            DataFormatter formatter = new DataFormatter(Locale.ENGLISH);
            for (Sheet sheet : workbook) {
                Map<String, String> cells = new TreeMap<>();
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        String text = cell.getCellType() == CellType.FORMULA ? "=" + cell.getCellFormula() : formatter.formatCellValue(cell);
                        if (!text.isBlank()) {
                            cells.put(new CellReference(cell).formatAsString(false), text);
                        }
                    }
                }
                sheets.put(sheet.getSheetName(), cells);
            }
        } catch (RuntimeException unreadable) {
            throw new IOException("cannot be read as a workbook: " + unreadable.getMessage(), unreadable);
        }
        return sheets;
    }

    /** A1 before B1 before A2: rows first, as a reader goes down a table. */
    private static int inSheetOrder(String one, String other) {
        CellReference first = new CellReference(one);
        CellReference second = new CellReference(other);
        int byRow = Integer.compare(first.getRow(), second.getRow());
        return byRow != 0 ? byRow : Integer.compare(first.getCol(), second.getCol());
    }
}

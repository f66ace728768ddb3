package org.judgementsupport.ruleset;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Edits one cell of a real workbook the way policy staff would: the row found by its name, the column by its label. */
public final class WorkbookEdit {

    private WorkbookEdit() {
    }

    public static byte[] setCell(byte[] workbook, String rowName, String columnLabel, String value) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            for (Sheet sheet : book) {
                Integer labelColumn = null;
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(columnLabel)) {
                            labelColumn = cell.getColumnIndex();
                        }
                    }
                    Cell name = row.getCell(0);
                    if (labelColumn != null && name != null && name.getCellType() == CellType.STRING && name.getStringCellValue().equals(rowName)) {
                        Cell target = row.getCell(labelColumn);
                        if (target == null) {
                            target = row.createCell(labelColumn);
                        }
                        target.setCellValue(value);
                        ByteArrayOutputStream out = new ByteArrayOutputStream();
                        book.write(out);
                        return out.toByteArray();
                    }
                }
            }
            throw new IllegalArgumentException("no row '" + rowName + "' with a column '" + columnLabel + "'");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

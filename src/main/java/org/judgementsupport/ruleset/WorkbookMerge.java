package org.judgementsupport.ruleset;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;

/**
 * Re-applies one workbook's changes on top of another: the cells a candidate changed from its starting version are
 * copied, value and type, into the version now in service. A cell both changed, to different values, is a conflict
 * for people to resolve; nothing is merged then.
 */
public final class WorkbookMerge {

    /** The merged workbook, or the cells both sides changed differently (then no workbook). */
    public record Result(byte[] merged, List<Conflict> conflicts) {
    }

    /**
     * A cell both sides changed, each to its own value.
     *
     * @param candidate its value in the candidate
     * @param inService its value in the version now in service
     */
    public record Conflict(String sheet, String cell, String before, String candidate, String inService) {
    }

    private WorkbookMerge() {
    }

    public static Result merge(byte[] base, byte[] candidate, byte[] inService) throws IOException {
        List<WorkbookDiff.CellChange> ours = WorkbookDiff.between(base, candidate);
        Map<String, WorkbookDiff.CellChange> theirs = new HashMap<>();
        for (WorkbookDiff.CellChange change : WorkbookDiff.between(base, inService)) {
            theirs.put(change.sheet() + "!" + change.cell(), change);
        }
        List<Conflict> conflicts = new ArrayList<>();
        for (WorkbookDiff.CellChange change : ours) {
            WorkbookDiff.CellChange other = theirs.get(change.sheet() + "!" + change.cell());
            if (other != null && !Objects.equals(other.after(), change.after())) {
                conflicts.add(new Conflict(change.sheet(), change.cell(), change.before(), change.after(), other.after()));
            }
        }
        if (!conflicts.isEmpty()) {
            return new Result(null, conflicts);
        }
        try (Workbook from = WorkbookFactory.create(new ByteArrayInputStream(candidate));
             Workbook into = WorkbookFactory.create(new ByteArrayInputStream(inService))) {
            for (WorkbookDiff.CellChange change : ours) {
                Sheet target = into.getSheet(change.sheet()) != null ? into.getSheet(change.sheet()) : into.createSheet(change.sheet());
                CellReference address = new CellReference(change.cell());
                Sheet source = from.getSheet(change.sheet());
                Cell sourceCell = source == null || source.getRow(address.getRow()) == null ? null
                        : source.getRow(address.getRow()).getCell(address.getCol());
                Row row = target.getRow(address.getRow()) != null ? target.getRow(address.getRow()) : target.createRow(address.getRow());
                Cell existing = row.getCell(address.getCol());
                if (sourceCell == null) {
                    if (existing != null) {
                        row.removeCell(existing);
                    }
                    continue;
                }
                copy(sourceCell, existing != null ? existing : row.createCell(address.getCol()));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            into.write(out);
            return new Result(out.toByteArray(), List.of());
        } catch (RuntimeException unreadable) {
            throw new IOException("cannot be read as a workbook: " + unreadable.getMessage(), unreadable);
        }
    }

    private static void copy(Cell from, Cell to) {
        switch (from.getCellType()) {
            case NUMERIC -> to.setCellValue(from.getNumericCellValue());
            case BOOLEAN -> to.setCellValue(from.getBooleanCellValue());
            case FORMULA -> to.setCellFormula(from.getCellFormula());
            case BLANK -> to.setBlank();
            default -> to.setCellValue(from.getStringCellValue());
        }
    }
}

package org.judgementsupport.ruleset;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes decision-table workbooks laid out the way Drools reads them and policy staff can edit them: a settings block
 * (RuleSet, Import …), then each table with its keyword row, pattern row, code row, a bold label row and data rows;
 * headers frozen, closed vocabularies offered as drop-downs.
 *
 * <p>Tests use it for fixture workbooks (broken layouts, unnamed rows). It is not the source of the committed tables:
 * those are edited in Excel or LibreOffice.
 */
public final class DecisionTableWorkbook {

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final CellStyle heading;
    private final CellStyle code;
    private final CellStyle label;
    private final CellStyle data;

    private DecisionTableWorkbook() {
        Font bold = workbook.createFont();
        bold.setBold(true);
        heading = workbook.createCellStyle();
        heading.setFont(bold);
        code = workbook.createCellStyle();
        code.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        code.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        code.setWrapText(true);
        code.setVerticalAlignment(VerticalAlignment.TOP);
        label = workbook.createCellStyle();
        label.setFont(bold);
        label.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
        label.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        label.setBorderBottom(BorderStyle.THIN);
        label.setWrapText(true);
        label.setVerticalAlignment(VerticalAlignment.TOP);
        data = workbook.createCellStyle();
        data.setWrapText(true);
        data.setVerticalAlignment(VerticalAlignment.TOP);
    }

    public static DecisionTableWorkbook create() {
        return new DecisionTableWorkbook();
    }

    /** A first sheet of plain text telling policy staff what the workbook decides and how to edit it. */
    public DecisionTableWorkbook readMe(String title, String... paragraphs) {
        Sheet sheet = workbook.createSheet("Read me");
        Cell heading = sheet.createRow(0).createCell(0);
        heading.setCellValue(title);
        heading.setCellStyle(this.heading);
        for (int index = 0; index < paragraphs.length; index++) {
            Cell cell = sheet.createRow(index + 2).createCell(0);
            cell.setCellValue(paragraphs[index]);
            cell.setCellStyle(data);
        }
        sheet.setColumnWidth(0, 120 * 256);
        return this;
    }

    public RuleSheet sheet(String name) {
        return new RuleSheet(workbook.createSheet(name));
    }

    public byte[] toBytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path writeTo(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, toBytes());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One sheet: settings rows first, then tables. */
    public final class RuleSheet {
        private final Sheet sheet;
        private int nextRow;

        private RuleSheet(Sheet sheet) {
            this.sheet = sheet;
        }

        /** A settings row such as {@code RuleSet}, {@code Import}, {@code Sequential} or {@code AGENDA-GROUP}. */
        public RuleSheet setting(String key, String value) {
            Row row = sheet.createRow(nextRow++);
            Cell keyCell = row.createCell(0);
            keyCell.setCellValue(key);
            keyCell.setCellStyle(heading);
            row.createCell(1).setCellValue(value);
            return this;
        }

        public Table table(String name) {
            nextRow++;
            return new Table(this, name);
        }

        public DecisionTableWorkbook done() {
            return DecisionTableWorkbook.this;
        }
    }

    /** A column: its keyword, the fact pattern it belongs to, its code snippet and the label policy staff read. */
    public record Column(String keyword, String pattern, String snippet, String label, int width, List<String> choices) {
    }

    public final class Table {
        private final RuleSheet owner;
        private final String name;
        private final List<Column> columns = new ArrayList<>();
        private final List<Object[]> rows = new ArrayList<>();

        private Table(RuleSheet owner, String name) {
            this.owner = owner;
            this.name = name;
        }

        public Table column(String keyword, String pattern, String snippet, String label, int width, String... choices) {
            columns.add(new Column(keyword, pattern, snippet, label, width, Arrays.asList(choices)));
            return this;
        }

        public Table row(Object... values) {
            rows.add(values);
            return this;
        }

        public RuleSheet done() {
            Sheet sheet = owner.sheet;
            int start = owner.nextRow;
            Cell title = sheet.createRow(start).createCell(0);
            title.setCellValue("RuleTable " + name);
            title.setCellStyle(heading);
            Row keywords = sheet.createRow(start + 1);
            Row patterns = sheet.createRow(start + 2);
            Row snippets = sheet.createRow(start + 3);
            Row labels = sheet.createRow(start + 4);
            for (int index = 0; index < columns.size(); index++) {
                Column column = columns.get(index);
                styled(keywords.createCell(index), column.keyword(), code);
                // Every cell of a merged range must exist, or Drools misreads the merge.
                styled(patterns.createCell(index), startsMerge(index) ? column.pattern() : "", code);
                styled(snippets.createCell(index), column.snippet(), code);
                styled(labels.createCell(index), column.label(), label);
                sheet.setColumnWidth(index, column.width() * 256);
            }
            mergePatterns(sheet, start + 2);
            for (int index = 0; index < rows.size(); index++) {
                Row row = sheet.createRow(start + 5 + index);
                Object[] values = rows.get(index);
                for (int column = 0; column < columns.size(); column++) {
                    Cell cell = row.createCell(column);
                    cell.setCellStyle(data);
                    Object value = column < values.length ? values[column] : null;
                    if (value instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                    } else if (value != null) {
                        cell.setCellValue(value.toString());
                    }
                }
            }
            addChoices(sheet, start + 5, start + 5 + Math.max(rows.size(), 1) + 40);
            sheet.createFreezePane(1, start + 5);
            owner.nextRow = start + 5 + rows.size() + 1;
            return owner;
        }

        private boolean startsMerge(int index) {
            return index == 0 || !samePattern(index - 1, index);
        }

        private boolean samePattern(int left, int right) {
            Column a = columns.get(left);
            Column b = columns.get(right);
            return "CONDITION".equals(a.keyword()) && "CONDITION".equals(b.keyword())
                    && a.pattern() != null && !a.pattern().isEmpty() && a.pattern().equals(b.pattern());
        }

        private void mergePatterns(Sheet sheet, int patternRow) {
            int index = 0;
            while (index < columns.size()) {
                int end = index;
                while (end + 1 < columns.size() && samePattern(end, end + 1)) {
                    end++;
                }
                if (end > index) {
                    sheet.addMergedRegion(new CellRangeAddress(patternRow, patternRow, index, end));
                }
                index = end + 1;
            }
        }

        /** Closed vocabularies (areas, effects, grades) as drop-downs, with room for new rows below. */
        private void addChoices(Sheet sheet, int firstRow, int lastRow) {
            DataValidationHelper helper = sheet.getDataValidationHelper();
            for (int index = 0; index < columns.size(); index++) {
                List<String> choices = columns.get(index).choices();
                if (choices.isEmpty()) {
                    continue;
                }
                DataValidation validation = helper.createValidation(helper.createExplicitListConstraint(choices.toArray(String[]::new)),
                        new CellRangeAddressList(firstRow, lastRow, index, index));
                validation.setShowErrorBox(true);
                validation.createErrorBox("Not a known value", "Choose one of: " + String.join(", ", choices));
                sheet.addValidationData(validation);
            }
        }

        private void styled(Cell cell, String value, CellStyle style) {
            cell.setCellValue(value == null ? "" : value);
            cell.setCellStyle(style);
        }
    }
}

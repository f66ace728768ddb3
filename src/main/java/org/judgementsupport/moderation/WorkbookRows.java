package org.judgementsupport.moderation;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ObjIntConsumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.judgementsupport.moderation.ModerationBatches.CaseProblem;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * The rows of an {@code .xlsx} batch's first sheet, streamed: the sheet is read as XML events, a row at a time, never as
 * a workbook in memory. A workbook is untrusted: it is a zip file, so before anything is parsed every part is unpacked
 * once and counted, and a workbook that unpacks to more than {@link ModerationLimits#maxWorkbookUnpacked()} (a zip
 * bomb) is refused; its XML is read by POI's parser, which refuses document types and external entities; a formula is
 * never run, its value as the spreadsheet last calculated it is read.
 */
final class WorkbookRows {

    /** An Excel workbook is a zip file, which starts with these bytes. */
    static final byte[] ZIP_START = {'P', 'K', 3, 4};
    /** An Excel 97–2003 workbook ({@code .xls}) starts with these. */
    static final byte[] OLE2_START = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    /** No workbook a person keeps has this many parts; one that does is built to be slow to open. */
    private static final int MOST_PARTS = 1_000;

    private WorkbookRows() {
    }

    /**
     * Gives {@code row} each non-blank row after the header, as its cells by the header's column names, with its row
     * number as the spreadsheet shows it.
     */
    static void read(InputStream upload, ModerationLimits limits, ObjIntConsumer<Map<String, String>> row) {
        Path copy = null;
        try {
            copy = Files.createTempFile("moderation-batch", ".xlsx");
            try (InputStream in = upload) {
                Files.copy(in, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            checkUnpackedSize(copy, limits.maxWorkbookUnpacked().toBytes());
            try (OPCPackage workbook = OPCPackage.open(copy.toFile(), PackageAccess.READ)) {
                XSSFReader reader = new XSSFReader(workbook);
                XSSFReader.SheetIterator sheets = reader.getSheetIterator();
                if (!sheets.hasNext()) {
                    throw refused("has no sheet: the cases go on the first sheet, a header row and one row per case");
                }
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), new ReadOnlySharedStringsTable(workbook, false),
                        new Sheet(row), new CellsAsWritten(), false));
                try (InputStream sheet = sheets.next()) {
                    parser.parse(new InputSource(sheet));
                }
            }
        } catch (BatchRejectedException | BatchTooLargeException refusal) {
            throw refusal;
        } catch (Exception unreadable) {
            // A SAX parser may hand back what a row refused wrapped in its own exception.
            for (Throwable cause = unreadable; cause != null; cause = cause.getCause()) {
                if (cause instanceof BatchRejectedException rejected) {
                    throw rejected;
                }
                if (cause instanceof BatchTooLargeException tooLarge) {
                    throw tooLarge;
                }
            }
            throw refused("cannot be read as an Excel workbook (.xlsx): " + unreadable.getMessage());
        } finally {
            if (copy != null) {
                try {
                    Files.deleteIfExists(copy);
                } catch (IOException ignored) {
                    // A temporary file left behind is removed with the rest of the temporary folder.
                }
            }
        }
    }

    /** Unpacks every part once, counting, before the workbook is opened: past the limit it is refused unopened. */
    private static void checkUnpackedSize(Path workbook, long limit) throws IOException {
        long unpacked = 0;
        int parts = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipFile zip = new ZipFile(workbook.toFile())) {
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                if (++parts > MOST_PARTS) {
                    throw refused("has more than " + MOST_PARTS + " parts; an Excel workbook of cases has a few dozen");
                }
                try (InputStream part = zip.getInputStream(entry)) {
                    for (int read = part.read(buffer); read >= 0; read = part.read(buffer)) {
                        unpacked += read;
                        if (unpacked > limit) {
                            throw refused("unpacks to more than " + limit / (1024 * 1024) + " MB, more than a batch of cases ever needs; "
                                    + "save only the cases' sheet, or split the batch");
                        }
                    }
                }
            }
        } catch (java.util.zip.ZipException notAZip) {
            throw refused("cannot be read as an Excel workbook (.xlsx): " + notAZip.getMessage());
        }
    }

    private static BatchRejectedException refused(String reason) {
        return new BatchRejectedException(List.of(new CaseProblem(null, "file", reason)));
    }

    /** The first row names the columns; each later row with any value is a case. */
    private static final class Sheet implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final ObjIntConsumer<Map<String, String>> rows;
        private final List<String> header = new ArrayList<>();
        private final Map<Integer, String> cells = new TreeMap<>();
        private boolean headerRead;
        private int rowNumber;

        Sheet(ObjIntConsumer<Map<String, String>> rows) {
            this.rows = rows;
        }

        @Override
        public void startRow(int rowIndex) {
            rowNumber = rowIndex + 1;
            cells.clear();
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            if (value == null || value.isBlank()) {
                return;
            }
            int column = new CellReference(reference).getCol();
            if (headerRead && (column >= header.size() || header.get(column).isEmpty())) {
                throw refused("cell " + reference + " has a value, but its column has no heading in row 1");
            }
            cells.put(column, value);
        }

        @Override
        public void endRow(int rowIndex) {
            if (!headerRead) {
                readHeader();
                return;
            }
            if (cells.isEmpty()) {
                return;
            }
            // Every headed column, blank or not, as a CSV row has it: a heading the template does not have is refused
            // even where the first case leaves it empty.
            Map<String, String> row = new LinkedHashMap<>();
            for (int column = 0; column < header.size(); column++) {
                if (!header.get(column).isEmpty()) {
                    row.put(header.get(column), cells.getOrDefault(column, ""));
                }
            }
            rows.accept(row, rowNumber);
        }

        private void readHeader() {
            headerRead = true;
            int width = cells.isEmpty() ? 0 : ((TreeMap<Integer, String>) cells).lastKey() + 1;
            List<CaseProblem> problems = new ArrayList<>();
            for (int column = 0; column < width; column++) {
                String name = cells.getOrDefault(column, "").strip();
                if (!name.isEmpty() && header.contains(name)) {
                    problems.add(new CaseProblem(null, name, "is the heading of more than one column"));
                }
                header.add(name);
            }
            if (!problems.isEmpty()) {
                throw new BatchRejectedException(problems);
            }
        }
    }

    /**
     * Cell values as the batch means them, not as the cell's format displays them: a date as {@code 2024-05-13} whatever
     * its format (Excel's default date format is American), a percentage as {@code 72%} (the cell holds 0.72), any
     * other number in full, never rounded to its displayed decimals.
     */
    private static final class CellsAsWritten extends DataFormatter {

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            return formatRawCellContents(value, formatIndex, formatString, false);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().toString();
            }
            BigDecimal number = BigDecimal.valueOf(value);
            if (formatString != null && formatString.contains("%")) {
                return number.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
            }
            return number.stripTrailingZeros().toPlainString();
        }
    }
}

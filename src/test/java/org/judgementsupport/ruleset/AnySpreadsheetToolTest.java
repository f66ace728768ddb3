package org.judgementsupport.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Policy staff edit the decision tables in whatever spreadsheet they have. Each shipped workbook, saved again by
 * LibreOffice Calc, or written as tools such as openpyxl write it (only the top-left cell of a merged range, none of
 * the cells it covers), reads as exactly the same rules.
 *
 * <p>LibreOffice is Debian's {@code libreoffice-calc-nogui}; without it the LibreOffice half is skipped, unless
 * {@code JUDGEMENT_SUPPORT_TEST_LIBREOFFICE_REQUIRED=true} (as {@code .ci/run} sets), when it fails.
 */
class AnySpreadsheetToolTest {

    private static final Path TABLES = Path.of(RuleSetFolder.DECISION_TABLES);
    private static final Path SOFFICE = Path.of("/usr/bin/soffice");

    @TempDir
    Path directory;

    private final TableTranslator translator = new TableTranslator();

    @TestFactory
    Stream<DynamicTest> eachWorkbookWithoutTheCellsItsMergedRangesCoverReadsAsTheSameRules() throws IOException {
        Map<String, byte[]> shipped = shippedWorkbooks();
        int covered = 0;
        for (byte[] workbook : shipped.values()) {
            covered += coveredCells(workbook);
        }
        assertThat(covered).as("cells covered by merged ranges in the shipped workbooks, for the rewrite to remove").isPositive();
        return shipped.entrySet().stream().map(workbook -> DynamicTest.dynamicTest(workbook.getKey(), () -> {
            byte[] rewritten = withoutCoveredCells(workbook.getValue());
            assertThat(coveredCells(rewritten)).as("the rewrite leaves no covered cell").isZero();

            assertSameRules(workbook.getKey(), workbook.getValue(), rewritten);
        }));
    }

    @TestFactory
    Stream<DynamicTest> eachWorkbookSavedByLibreOfficeReadsAsTheSameRules() throws Exception {
        Map<String, byte[]> shipped = shippedWorkbooks();
        Map<String, byte[]> saved = savedByLibreOffice(shipped);
        return shipped.entrySet().stream().map(workbook -> DynamicTest.dynamicTest(workbook.getKey(), () -> {
            byte[] resaved = saved.get(workbook.getKey());
            assertThat(resaved).as("LibreOffice wrote " + workbook.getKey()).isNotNull();
            assertThat(resaved).as("LibreOffice wrote its own file").isNotEqualTo(workbook.getValue());

            assertSameRules(workbook.getKey(), workbook.getValue(), resaved);
        }));
    }

    private void assertSameRules(String path, byte[] shipped, byte[] other) {
        TableTranslator.Translation expected = translator.translate(new SourceFile(path, shipped));
        TableTranslator.Translation actual = translator.translate(new SourceFile(path, other));

        assertThat(expected.problems()).as("the shipped workbook reads").isEmpty();
        assertThat(actual.problems()).isEmpty();
        assertThat(actual.sheets()).isNotEmpty().isEqualTo(expected.sheets());
    }

    /** Every shipped workbook, by its path in the rule folder. */
    private static Map<String, byte[]> shippedWorkbooks() throws IOException {
        Map<String, byte[]> workbooks = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(TABLES)) {
            for (Path file : files.filter(file -> file.toString().endsWith(".drl.xlsx")).sorted().toList()) {
                workbooks.put(TABLES.resolve(TABLES.relativize(file)).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        assertThat(workbooks).as("shipped decision tables").hasSizeGreaterThanOrEqualTo(10);
        return workbooks;
    }

    /** Each workbook opened and saved as .xlsx by LibreOffice Calc, headless, in one run. */
    private Map<String, byte[]> savedByLibreOffice(Map<String, byte[]> workbooks) throws Exception {
        if (!Files.isExecutable(SOFFICE)) {
            if (Boolean.parseBoolean(System.getenv("JUDGEMENT_SUPPORT_TEST_LIBREOFFICE_REQUIRED"))) {
                fail("LibreOffice is required but " + SOFFICE + " is missing: install Debian's libreoffice-calc-nogui, or run .ci/run");
            }
            Assumptions.abort("no LibreOffice at " + SOFFICE + ": install Debian's libreoffice-calc-nogui, or run .ci/run");
        }
        Path in = Files.createDirectories(directory.resolve("in"));
        Path out = Files.createDirectories(directory.resolve("out"));
        Map<String, Path> named = new LinkedHashMap<>();
        List<String> command = new ArrayList<>(List.of(SOFFICE.toString(), "-env:UserInstallation=" + directory.resolve("profile").toUri(),
                "--headless", "--norestore", "--convert-to", "xlsx", "--outdir", out.toString()));
        for (Map.Entry<String, byte[]> workbook : workbooks.entrySet()) {
            // Workbooks of one name in different folders (next-steps, overall-effectiveness) must not overwrite each other.
            String flat = workbook.getKey().replace('/', '_');
            Files.write(in.resolve(flat), workbook.getValue());
            named.put(workbook.getKey(), out.resolve(flat));
            command.add(in.resolve(flat).toString());
        }
        Process soffice = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(directory.resolve("soffice.log").toFile()).start();
        if (!soffice.waitFor(5, TimeUnit.MINUTES)) {
            soffice.destroyForcibly();
            fail("LibreOffice did not finish converting in 5 minutes");
        }
        Map<String, byte[]> saved = new LinkedHashMap<>();
        for (Map.Entry<String, Path> file : named.entrySet()) {
            if (Files.exists(file.getValue())) {
                saved.put(file.getKey(), Files.readAllBytes(file.getValue()));
            }
        }
        return saved;
    }

    /** The workbook as openpyxl writes it: each merged range keeps its top-left cell only. */
    static byte[] withoutCoveredCells(byte[] workbook) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (Sheet sheet : book) {
                for (CellRangeAddress range : sheet.getMergedRegions()) {
                    for (int r = range.getFirstRow(); r <= range.getLastRow(); r++) {
                        Row row = sheet.getRow(r);
                        for (int c = range.getFirstColumn(); row != null && c <= range.getLastColumn(); c++) {
                            Cell cell = row.getCell(c);
                            if (cell != null && !(r == range.getFirstRow() && c == range.getFirstColumn())) {
                                row.removeCell(cell);
                            }
                        }
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    private static int coveredCells(byte[] workbook) throws IOException {
        int covered = 0;
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            for (Sheet sheet : book) {
                for (CellRangeAddress range : sheet.getMergedRegions()) {
                    for (int r = range.getFirstRow(); r <= range.getLastRow(); r++) {
                        Row row = sheet.getRow(r);
                        for (int c = range.getFirstColumn(); row != null && c <= range.getLastColumn(); c++) {
                            if (row.getCell(c) != null && !(r == range.getFirstRow() && c == range.getFirstColumn())) {
                                covered++;
                            }
                        }
                    }
                }
            }
        }
        return covered;
    }
}

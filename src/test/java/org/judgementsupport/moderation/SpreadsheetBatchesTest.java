package org.judgementsupport.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyDouble;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.judgementsupport.evidence.EvidenceReader;
import org.judgementsupport.evidence.PracticeQuality;
import org.judgementsupport.framework.Grade;
import org.judgementsupport.framework.JudgementArea;
import org.judgementsupport.system.WebSlice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Moderation batches as panels keep them: an Excel workbook, or CSV as Excel saves it, with dates, percentages and
 * Ofsted's wording as a spreadsheet shows them; read as the same cases as the plain CSV, and as strict about a value
 * that means nothing.
 */
@WebMvcTest(ModerationController.class)
@Import({EvidenceReader.class, WebSlice.class})
@EnableConfigurationProperties(ModerationLimits.class)
class SpreadsheetBatchesTest {

    private static final String HEADER = "caseId,localAuthority.code,inspection.startDate,missingChildren.returnInterviewsOfferedPct,"
            + "helpAndProtection.practiceQuality,recorded.HELP_AND_PROTECTION";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ModerationReports reports;

    @BeforeEach
    void acceptEveryBatch() {
        UUID id = UUID.randomUUID();
        when(reports.submit(any(), anyDouble(), anyString())).thenReturn(id);
        when(reports.status(id)).thenReturn(Optional.of(new ModerationReports.ReportStatus(id, 1, 0, Instant.EPOCH, "moderator", "v", 0.05,
                new ReportState.Queued())));
    }

    @Test
    void csvAsExcelSavesItIsReadAsThePlainCsvIs() throws Exception {
        List<ModerationCase> plain = accepted(upload("batch.csv", (HEADER + "\nA,E09000002,2024-05-13,72,CONSISTENTLY_EFFECTIVE,REQUIRES_IMPROVEMENT\n")
                .getBytes(StandardCharsets.UTF_8)));
        String excel = "\uFEFF" + HEADER.replace(',', ';') + "\r\nA;E09000002;13/05/2024;72%;Consistently effective;Requires improvement to be good\r\n";

        List<ModerationCase> saved = accepted(upload("batch.csv", excel.getBytes(StandardCharsets.UTF_8)));

        assertThat(saved).isEqualTo(plain);
        ModerationCase read = saved.get(0);
        assertThat(read.evidence().inspection().startDate()).isEqualTo(LocalDate.of(2024, 5, 13));
        assertThat(read.evidence().missingChildren().returnInterviewsOfferedPct()).isEqualTo(72.0);
        assertThat(read.evidence().helpAndProtection().practiceQuality()).isEqualTo(PracticeQuality.CONSISTENTLY_EFFECTIVE);
        assertThat(read.recordedGrades()).containsExactly(Map.entry(JudgementArea.HELP_AND_PROTECTION, Grade.REQUIRES_IMPROVEMENT));
    }

    @Test
    void aWorkbookIsReadAsTheSameCasesWithDatesAndPercentagesAsTheCellsHoldThem() throws Exception {
        List<ModerationCase> plain = accepted(upload("batch.csv", (HEADER + "\nA,E09000002,2024-05-13,72.5,CONSISTENTLY_EFFECTIVE,REQUIRES_IMPROVEMENT\n")
                .getBytes(StandardCharsets.UTF_8)));
        byte[] workbook = workbook(sheet -> {
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("A");
            row.createCell(1).setCellValue("E09000002");
            // Excel's own date format (m/d/yy), which would read 13 May as 5/13/24 if taken as displayed.
            CellStyle date = sheet.getWorkbook().createCellStyle();
            date.setDataFormat((short) 14);
            row.createCell(2).setCellValue(LocalDate.of(2024, 5, 13));
            row.getCell(2).setCellStyle(date);
            // 72.5% is held as 0.725, shown rounded as 73%.
            CellStyle percent = sheet.getWorkbook().createCellStyle();
            percent.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat("0%"));
            row.createCell(3).setCellValue(0.725);
            row.getCell(3).setCellStyle(percent);
            row.createCell(4).setCellValue("Consistently effective");
            row.createCell(5).setCellFormula("\"Requires improvement to be good\"");
        }, true);

        assertThat(accepted(upload("cases.xlsx", workbook))).isEqualTo(plain);
    }

    @Test
    void aValueThatMeansNothingIsRefusedNamingItsCaseAndColumn() throws Exception {
        String csv = HEADER.replace(',', ';') + "\nA;E09000002;31/02/2024;72%;Mostly fine;Requires improvement\n"
                + "B;E09000002;13/05/2024;72 percent;Consistently effective;Good\n";

        refused(upload("batch.csv", csv.getBytes(StandardCharsets.UTF_8)))
                .andExpect(content().json("""
                        {"type": "/problems/invalid-batch", "problemCount": 5, "errors": [
                          {"caseId": "A", "field": "recordedGrades.HELP_AND_PROTECTION",
                           "reason": "'Requires improvement' is not a grade; use Outstanding, Good, Requires improvement to be good, Inadequate"},
                          {"caseId": "A", "field": "evidence.helpAndProtection.practiceQuality",
                           "reason": "must be one of: Exceptional, Consistently effective, Not yet consistently good, Widespread or serious failures"},
                          {"caseId": "A", "field": "evidence.inspection.startDate", "reason": "must be a date, written 13/05/2024 or 2024-05-13"},
                          {"caseId": "A", "field": "evidence.inspection.startDate", "reason": "is required: the date the inspection starts, e.g. 2024-05-13"},
                          {"caseId": "B", "field": "evidence.missingChildren.returnInterviewsOfferedPct", "reason": "must be a number"}]}"""));
    }

    @Test
    void aPercentSignIsReadOnlyInAPercentageColumn() throws Exception {
        String csv = "caseId,localAuthority.code,inspection.startDate,workforce.caseloadPerSocialWorker,recorded.HELP_AND_PROTECTION\n"
                + "A,E09000002,13/05/2024,19%,Good\n";

        refused(upload("batch.csv", csv.getBytes(StandardCharsets.UTF_8)))
                .andExpect(content().json("""
                        {"errors": [{"caseId": "A", "field": "evidence.workforce.caseloadPerSocialWorker", "reason": "must be a number"}]}""",
                        JsonCompareMode.LENIENT));
    }

    @Test
    void theWorkbookTemplateOffersTheGradesAndEvaluationsOfPracticeAsListsAndIsAcceptedAsItComes() throws Exception {
        byte[] template = mvc.perform(get("/api/v1/moderation/reports/template.xlsx").with(user("moderator").roles("MODERATOR")))
                .andExpect(status().isOk())
                .andExpect(content().contentType(XLSX))
                .andReturn().getResponse().getContentAsByteArray();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(0);
            assertThat(header.getLastCellNum()).isEqualTo((short) ModerationBatches.columns().size());
            assertThat(listAt(sheet, ModerationBatches.columns().indexOf("recorded.HELP_AND_PROTECTION")))
                    .containsExactly("Outstanding", "Good", "Requires improvement to be good", "Inadequate");
            assertThat(listAt(sheet, ModerationBatches.columns().indexOf("leadership.practiceQuality")))
                    .containsExactly("Exceptional", "Consistently effective", "Not yet consistently good", "Widespread or serious failures");
            assertThat(listAt(sheet, ModerationBatches.columns().indexOf("workforce.caseloadPerSocialWorker"))).isEmpty();
        }
        List<ModerationCase> cases = accepted(upload("template.xlsx", template));
        assertThat(cases).singleElement().satisfies(example -> {
            assertThat(example.caseId()).isEqualTo("Example 1");
            assertThat(example.evidence().inspection().startDate()).isEqualTo(LocalDate.of(2024, 5, 13));
            assertThat(example.recordedGrades()).containsEntry(JudgementArea.IMPACT_OF_LEADERS, Grade.GOOD);
        });
    }

    @Test
    void aWorkbookThatUnpacksToMoreThanTheLimitIsRefusedUnopened() throws Exception {
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] spaces = new byte[1024 * 1024];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 70; i++) {
                zip.write(spaces);
            }
            zip.closeEntry();
        }
        assertThat(bomb.size()).as("a small upload").isLessThan(200_000);

        refused(upload("cases.xlsx", bomb.toByteArray()))
                .andExpect(content().json("""
                        {"errors": [{"caseId": null, "field": "file", "reason": "unpacks to more than 64 MB, more than a batch of cases ever needs; save only the cases' sheet, or split the batch"}]}""",
                        JsonCompareMode.LENIENT));
    }

    @Test
    void somethingThatIsNotAWorkbookOrAnOldExcelFileIsRefusedSayingWhat() throws Exception {
        refused(upload("cases.xlsx", new byte[] {'P', 'K', 3, 4, 1, 2, 3}))
                .andExpect(content().json("""
                        {"errors": [{"field": "file"}]}""", JsonCompareMode.LENIENT));
        refused(upload("cases.xls", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0}))
                .andExpect(content().json("""
                        {"errors": [{"caseId": null, "field": "file", "reason": "is an Excel 97-2003 workbook (.xls), which is not read: save it as an Excel workbook (.xlsx) or as CSV UTF-8"}]}""",
                        JsonCompareMode.LENIENT));
    }

    @Test
    void aWorkbookValueUnderNoHeadingIsRefusedNamingItsCell() throws Exception {
        byte[] workbook = workbook(sheet -> {
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("A");
            row.createCell(1).setCellValue("E09000002");
            row.createCell(2).setCellValue("2024-05-13");
            row.createCell(5).setCellValue("Good");
            row.createCell(9).setCellValue("a note");
        }, true);

        refused(upload("cases.xlsx", workbook))
                .andExpect(content().json("""
                        {"errors": [{"caseId": null, "field": "file", "reason": "cell J2 has a value, but its column has no heading in row 1"}]}""",
                        JsonCompareMode.LENIENT));
    }

    @Test
    void aWorkbookHeadingTheTemplateDoesNotHaveIsRefusedEvenOverAnEmptyCell() throws Exception {
        byte[] workbook = workbook(sheet -> {
            sheet.getRow(0).createCell(6).setCellValue("notes");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("A");
            row.createCell(1).setCellValue("E09000002");
            row.createCell(2).setCellValue("2024-05-13");
            row.createCell(5).setCellValue("Good");
        }, true);

        refused(upload("cases.xlsx", workbook))
                .andExpect(content().json("""
                        {"errors": [{"caseId": null, "field": "notes",
                                     "reason": "is not a column of a moderation batch; GET /api/v1/moderation/reports/template.csv (or template.xlsx) lists them"}]}""",
                        JsonCompareMode.LENIENT));
    }

    private List<ModerationCase> accepted(MockMultipartFile file) throws Exception {
        org.mockito.Mockito.clearInvocations(reports);
        mvc.perform(multipart("/api/v1/moderation/reports").file(file).with(user("moderator").roles("MODERATOR")).with(csrf()))
                .andExpect(status().isAccepted());
        @SuppressWarnings("unchecked")
        ArgumentCaptor<List<ModerationCase>> cases = ArgumentCaptor.forClass(List.class);
        verify(reports).submit(cases.capture(), anyDouble(), anyString());
        return cases.getValue();
    }

    private ResultActions refused(MockMultipartFile file) throws Exception {
        org.mockito.Mockito.clearInvocations(reports);
        ResultActions result = mvc.perform(multipart("/api/v1/moderation/reports").file(file).with(user("moderator").roles("MODERATOR")).with(csrf()))
                .andExpect(status().isBadRequest());
        verify(reports, never()).submit(any(), anyDouble(), anyString());
        return result;
    }

    private static MockMultipartFile upload(String name, byte[] content) {
        return new MockMultipartFile("file", name, "application/octet-stream", content);
    }

    /** A workbook with the header row, its cases written by {@code cases}. */
    private static byte[] workbook(Consumer<Sheet> cases, boolean header) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Cases");
            if (header) {
                String[] columns = HEADER.split(",");
                Row row = sheet.createRow(0);
                for (int i = 0; i < columns.length; i++) {
                    row.createCell(i).setCellValue(columns[i]);
                }
            }
            cases.accept(sheet);
            // As a spreadsheet saves it: every formula with its value as last calculated.
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** The choices a drop-down list offers in a column's cells below the header. */
    private static List<String> listAt(XSSFSheet sheet, int column) {
        for (XSSFDataValidation validation : sheet.getDataValidations()) {
            for (CellRangeAddress range : validation.getRegions().getCellRangeAddresses()) {
                if (range.getFirstColumn() <= column && column <= range.getLastColumn() && range.getFirstRow() == 1
                        && validation.getValidationConstraint().getValidationType() == DataValidationConstraint.ValidationType.LIST) {
                    return List.of(validation.getValidationConstraint().getExplicitListValues());
                }
            }
        }
        return List.of();
    }
}

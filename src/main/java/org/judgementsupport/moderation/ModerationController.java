package org.judgementsupport.moderation;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.judgementsupport.evidence.EvidenceReader;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Moderation panels submit a batch of cases with their recorded grades and get a consistency report: a job whose
 * progress they can watch, then a report to read or download as JSON or CSV. The pages submit and download through
 * {@link ModerationReports}, with the same reading of a batch and the same files.
 */
@RestController
@RequestMapping("/api/v1/moderation/reports")
class ModerationController {

    static final double DEFAULT_SIMILARITY = ModerationReports.DEFAULT_SIMILARITY;
    static final String CSV = "text/csv";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ModerationReports reports;
    private final EvidenceReader evidenceReader;
    private final ObjectMapper json;
    private final ModerationLimits limits;

    ModerationController(ModerationReports reports, EvidenceReader evidenceReader, ObjectMapper json, ModerationLimits limits) {
        this.reports = reports;
        this.evidenceReader = evidenceReader;
        this.json = json;
        this.limits = limits;
    }

    @Operation(summary = "Submit cases (evidence and recorded grades) for a consistency report",
            description = "JSON: {\"cases\": [{\"caseId\", \"evidence\", \"recordedGrades\": {AREA: GRADE}}], \"similarityThreshold\": 0.05}. "
                    + "The whole batch is refused, with every problem, if any case is wrong; a batch of more than judgement-support.moderation."
                    + "max-cases (10,000) cases is refused with 413. Answers 202 with the report's location; poll it for progress.")
    @ApiResponse(responseCode = "202", description = "Accepted: the report is queued; Location is its address, to poll for progress")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ModerationReports.ReportStatus> submitJson(@io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(schema = @Schema(type = "object"))) HttpServletRequest request, Principal user) {
        ModerationBatches.Batch batch;
        try {
            batch = ModerationBatches.fromJson(request.getInputStream(), json, evidenceReader, limits.maxCases());
        } catch (IOException unreadable) {
            // Malformed JSON, or a body over the size limit: answered as for any other JSON body.
            throw new HttpMessageNotReadableException("the moderation batch cannot be read", unreadable, new ServletServerHttpRequest(request));
        }
        double similarity = batch.similarityThreshold() == null ? DEFAULT_SIMILARITY : batch.similarityThreshold();
        return accepted(reports.submit(batch.cases(), ModerationReports.checked(similarity), user.getName()));
    }

    @Operation(summary = "Submit cases as a spreadsheet, CSV or Excel (.xlsx), for a consistency report",
            description = "The file part holds a CSV file (" + CSV + ") or an Excel workbook (" + XLSX + "), told apart by its "
                    + "content, with a header row naming the columns of template.csv or template.xlsx and one row per case. CSV may be "
                    + "as Excel saves it: UTF-8 with or without a byte-order mark, ',' or ';' as the separator. A workbook's first "
                    + "sheet is read; formulas are read as last calculated, never run. Cells may be written as a spreadsheet shows "
                    + "them: dates as 13/05/2024 or 2024-05-13, percentages as 72 or 72%, grades and evaluations of practice in "
                    + "Ofsted's words ('Requires improvement to be good', 'Consistently effective') or as the API names them. Any "
                    + "other value is refused, naming its case and column. Excel 97-2003 workbooks (.xls) are refused: save as .xlsx.")
    @ApiResponse(responseCode = "202", description = "Accepted: the report is queued; Location is its address, to poll for progress")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ModerationReports.ReportStatus> submitCsv(@RequestPart("file") MultipartFile file,
                                                             @RequestParam(defaultValue = "0.05") double similarityThreshold,
                                                             Principal user) throws IOException {
        double similarity = ModerationReports.checked(similarityThreshold);
        try (InputStream upload = new BufferedInputStream(file.getInputStream())) {
            return accepted(reports.submit(batch(upload), similarity, user.getName()));
        }
    }

    /** A workbook or CSV, by what the file is rather than what it is called. */
    private List<ModerationCase> batch(InputStream upload) throws IOException {
        upload.mark(WorkbookRows.ZIP_START.length);
        byte[] start = upload.readNBytes(WorkbookRows.ZIP_START.length);
        upload.reset();
        if (Arrays.equals(start, WorkbookRows.ZIP_START)) {
            return ModerationBatches.fromWorkbook(upload, evidenceReader, limits);
        }
        if (Arrays.equals(start, WorkbookRows.OLE2_START)) {
            throw new BatchRejectedException(List.of(new ModerationBatches.CaseProblem(null, "file", "is an Excel 97-2003 workbook (.xls), "
                    + "which is not read: save it as an Excel workbook (.xlsx) or as CSV UTF-8")));
        }
        return ModerationBatches.fromCsv(upload, evidenceReader, limits.maxCases());
    }

    @Operation(summary = "A CSV template: every column a batch can have, and one example case")
    @GetMapping(value = "/template.csv", produces = CSV)
    ResponseEntity<String> template() {
        return download(ModerationBatches.template(), "moderation-batch-template.csv", CSV);
    }

    @Operation(summary = "An Excel template: every column a batch can have, one example case, and drop-down lists for the grades, "
            + "the evaluations of practice, yes/no and the inspection type")
    @GetMapping(value = "/template.xlsx", produces = XLSX)
    ResponseEntity<byte[]> workbookTemplate() {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(XLSX))
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment("moderation-batch-template.xlsx")).body(WorkbookTemplate.workbook(limits.maxCases()));
    }

    @Operation(summary = "Reports submitted, newest first")
    @GetMapping
    List<ModerationReports.ReportStatus> list() {
        return reports.list();
    }

    @Operation(summary = "A report's progress, and the report once complete")
    @GetMapping("/{id}")
    ModerationReports.ReportStatus report(@PathVariable UUID id) {
        return reports.status(id).orElseThrow(() -> new ReportNotFoundException(id));
    }

    @Operation(summary = "The complete report as a JSON file")
    @GetMapping(value = "/{id}/report.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ConsistencyReport> reportJson(@PathVariable UUID id) {
        ConsistencyReport report = complete(id);
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, attachment("consistency-report-" + id + ".json")).body(report);
    }

    @Operation(summary = "One row per case and area: recorded and provisional grades, findings")
    @GetMapping(value = "/{id}/cases.csv", produces = "text/csv")
    ResponseEntity<String> casesCsv(@PathVariable UUID id) {
        complete(id);
        return download(reports.casesCsv(id), "consistency-cases-" + id + ".csv", "text/csv");
    }

    @Operation(summary = "One row per area: agreement statistics and the confusion matrix")
    @GetMapping(value = "/{id}/areas.csv", produces = "text/csv")
    ResponseEntity<String> areasCsv(@PathVariable UUID id) {
        return download(ModerationReports.areasCsv(complete(id)), "consistency-areas-" + id + ".csv", "text/csv");
    }

    /** The report, once its run is complete. */
    private ConsistencyReport complete(UUID id) {
        ModerationReports.ReportStatus status = reports.status(id).orElseThrow(() -> new ReportNotFoundException(id));
        if (!(status.state() instanceof ReportState.Complete complete)) {
            throw new ReportNotReadyException(status);
        }
        return complete.report();
    }

    private ResponseEntity<ModerationReports.ReportStatus> accepted(UUID id) {
        return ResponseEntity.accepted().location(URI.create("/api/v1/moderation/reports/" + id)).body(reports.status(id).orElseThrow());
    }

    private static ResponseEntity<String> download(String content, String fileName, String type) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(type + ";charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(fileName)).body(content);
    }

    private static String attachment(String fileName) {
        return ContentDisposition.attachment().filename(fileName).build().toString();
    }
}

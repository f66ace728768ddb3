package org.judgementsupport.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.judgementsupport.framework.Grade;
import org.judgementsupport.moderation.BatchRejectedException;
import org.judgementsupport.moderation.ConsistencyReport;
import org.judgementsupport.moderation.ModerationBatches;
import org.judgementsupport.moderation.ModerationReports;
import org.judgementsupport.moderation.ReportState;
import org.judgementsupport.realdata.Corpus;
import org.judgementsupport.realdata.RealDataFolder;
import org.judgementsupport.realdata.RealDataSettings;
import org.judgementsupport.system.Refusal;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/**
 * Moderation panels' pages: run a consistency report on an uploaded batch or on Ofsted's published inspections, watch
 * it run, read it, and download it. Batches are read and reports written by the same service as
 * {@code /api/v1/moderation/reports}; a refused batch is shown with the GOV.UK error summary and every problem the API
 * would list, and nothing is stored.
 */
@Controller
class ModerationPages {

    /** Where the cases come from: the form's radio values. */
    static final String UPLOAD = "upload";
    static final String REAL_CASES = "real-cases";
    static final String REAL_CASES_WITH_PRACTICE = "real-cases-with-practice";

    /** How many of a refused batch's problems the error summary names; the table below it lists every one. */
    static final int SUMMARY_PROBLEMS = 10;

    static final String FILE = "file";
    static final String SOURCE = "source";
    static final String SIMILARITY = "similarityThreshold";

    private static final Map<String, String> LABELS = Map.of(SIMILARITY, "Similarity threshold", FILE, "The selected file",
            SOURCE, "Cases");

    private final ModerationReports reports;
    private final RealDataFolder realData;
    private final RealDataSettings realDataSettings;
    private final ObjectMapper json;

    ModerationPages(ModerationReports reports, RealDataFolder realData, RealDataSettings realDataSettings, ObjectMapper json) {
        this.reports = reports;
        this.realData = realData;
        this.realDataSettings = realDataSettings;
        this.json = json;
    }

    /** A problem in a refused batch, by case and by the column (or, in JSON, the field) it is in. */
    record BatchProblem(String caseId, String column, String reason) {
    }

    /** A report's progress as the page's script reads it. */
    record Progress(String status, int percentDone, int judged, int cases) {
    }

    @GetMapping("/moderation")
    String start(Model model) {
        return showStart(new HashMap<>(), FormErrors.none(), List.of(), 0, model);
    }

    /**
     * The form, as one multipart post whatever the source, so that it is one question with one button: an upload is
     * read by the service exactly as the API's CSV upload; the published inspections are sent as the JSON batch the
     * API's corpus route gives, read by the same reader.
     */
    @PostMapping("/moderation/reports")
    String submit(@RequestParam(name = SOURCE, required = false) String source, @RequestParam(name = FILE, required = false) MultipartFile file,
                  @RequestParam(name = SIMILARITY, defaultValue = "") String similarity, Authentication user, Model model) {
        Map<String, String> answers = new HashMap<>();
        answers.put(SOURCE, source == null ? "" : source);
        answers.put(SIMILARITY, similarity);
        FormErrors errors = FormErrors.none();
        boolean realCases = realCasesAvailable();
        String chosen = realCases ? answers.get(SOURCE) : UPLOAD;
        if (!List.of(UPLOAD, REAL_CASES, REAL_CASES_WITH_PRACTICE).contains(chosen)) {
            errors.add(SOURCE, "Select where the cases come from");
        }
        boolean noFile = file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank());
        if (UPLOAD.equals(chosen) && noFile) {
            errors.add(FILE, "Select a CSV file of cases");
        } else if (UPLOAD.equals(chosen) && !isCsv(file)) {
            errors.add(FILE, "The selected file must be a CSV file (.csv): save the spreadsheet as CSV UTF-8");
        }
        Double threshold = threshold(similarity, errors);
        if (errors.any()) {
            return showStart(answers, errors, List.of(), 0, model);
        }
        try {
            UUID id = UPLOAD.equals(chosen) ? upload(file, threshold, user) : publishedInspections(REAL_CASES_WITH_PRACTICE.equals(chosen), threshold, user);
            return "redirect:/moderation/reports/" + id;
        } catch (BatchRejectedException refused) {
            return refusedBatch(refused, answers, model);
        } catch (Refusal refused) {
            return showStart(answers, FormErrors.of(refused, LABELS, UPLOAD.equals(chosen) ? FILE : SOURCE), List.of(), 0, model);
        }
    }

    @GetMapping("/moderation/reports/{id}")
    ModelAndView report(@PathVariable String id) {
        Optional<ModerationReports.ReportStatus> status = status(id);
        if (status.isEmpty()) {
            return new ModelAndView("errors/not-found", HttpStatus.NOT_FOUND);
        }
        if (!(status.get().state() instanceof ReportState.Complete complete)) {
            ModelAndView page = new ModelAndView("moderation/progress");
            page.addObject("status", status.get());
            page.addObject("failure", status.get().state() instanceof ReportState.Failed failed ? failed : null);
            return page;
        }
        ConsistencyReport report = complete.report();
        ModelAndView page = new ModelAndView("moderation/report");
        page.addObject("status", status.get());
        page.addObject("completedAt", complete.completedAt());
        page.addObject("report", report);
        Map<Object, ConfusionMatrix> matrices = new LinkedHashMap<>();
        report.areas().forEach(area -> matrices.put(area.area(), ConfusionMatrix.of(area)));
        page.addObject("matrices", matrices);
        page.addObject("grades", Grade.values());
        return page;
    }

    /** How far the report has got, for the progress page's script; the page itself says the same without it. */
    @GetMapping("/moderation/reports/{id}/progress")
    ResponseEntity<Progress> progress(@PathVariable String id) {
        return status(id).map(status -> ResponseEntity.ok()
                        .body(new Progress(status.state().status().name(), status.percentDone(), status.judged(), status.cases())))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping("/moderation/reports/{id}/report.json")
    ResponseEntity<?> reportJson(@PathVariable String id) throws IOException {
        return download(id, uuid -> json.writeValueAsString(reports.complete(uuid)), "consistency-report-" + id + ".json", MediaType.APPLICATION_JSON);
    }

    @GetMapping("/moderation/reports/{id}/cases.csv")
    ResponseEntity<?> casesCsv(@PathVariable String id) throws IOException {
        return download(id, reports::casesCsv, "consistency-cases-" + id + ".csv", new MediaType("text", "csv", StandardCharsets.UTF_8));
    }

    @GetMapping("/moderation/reports/{id}/areas.csv")
    ResponseEntity<?> areasCsv(@PathVariable String id) throws IOException {
        return download(id, reports::areasCsv, "consistency-areas-" + id + ".csv", new MediaType("text", "csv", StandardCharsets.UTF_8));
    }

    @GetMapping("/moderation/template.csv")
    ResponseEntity<String> template() {
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("moderation-batch-template.csv").build().toString())
                .body(reports.template());
    }

    private UUID upload(MultipartFile file, double threshold, Authentication user) {
        try (InputStream csv = file.getInputStream()) {
            return reports.submitCsv(csv, threshold, user.getName());
        } catch (IOException unreadable) {
            throw new UncheckedIOException("the uploaded batch could not be read", unreadable);
        }
    }

    /** Every published inspection as the API's corpus route gives it, sent as a JSON batch through the same reader. */
    private UUID publishedInspections(boolean practiceFromRecordedGrades, double threshold, Authentication user) {
        Map<String, Object> batch = new LinkedHashMap<>();
        batch.put("cases", Corpus.of(realData.data().cases(practiceFromRecordedGrades)).cases());
        batch.put(SIMILARITY, threshold);
        try {
            return reports.submitJson(new ByteArrayInputStream(json.writeValueAsBytes(batch)), user.getName());
        } catch (IOException unreadable) {
            throw new UncheckedIOException("the published inspections could not be sent as a batch", unreadable);
        }
    }

    /**
     * Problems with the form's own fields (the similarity threshold) are shown at them; problems in the file are
     * counted at the file and listed case by case, as the API lists them.
     */
    private String refusedBatch(BatchRejectedException refused, Map<String, String> answers, Model model) {
        FormErrors errors = FormErrors.none();
        List<BatchProblem> inTheBatch = new ArrayList<>();
        boolean uploaded = UPLOAD.equals(answers.get(SOURCE)) || answers.get(SOURCE).isEmpty();
        for (ModerationBatches.CaseProblem problem : refused.problems()) {
            if (problem.caseId() == null && LABELS.containsKey(problem.field()) && !problem.field().equals(FILE)) {
                errors.add(problem.field(), LABELS.get(problem.field()) + " " + problem.reason());
            } else {
                inTheBatch.add(new BatchProblem(problem.caseId(), uploaded ? column(problem.field()) : problem.field(), problem.reason()));
            }
        }
        int inTheBatchTotal = refused.total() - (refused.problems().size() - inTheBatch.size());
        if (!inTheBatch.isEmpty()) {
            String where = uploaded ? FILE : SOURCE;
            String problems = inTheBatchTotal + (inTheBatchTotal == 1 ? " problem" : " problems") + ", listed below; nothing was stored";
            errors.add(where, where.equals(FILE) ? "The selected file has " + problems + ". Correct " + (inTheBatchTotal == 1 ? "it" : "them")
                    + " and upload the file again" : "The published inspections have " + problems);
            // The summary names each case and column too, as far as a summary stays readable; the table has them all.
            inTheBatch.stream().limit(SUMMARY_PROBLEMS).forEach(problem -> errors.alsoAt(where, (problem.caseId() == null ? "The whole batch"
                    : problem.caseId()) + (problem.column().isEmpty() ? "" : ", column " + problem.column()) + ": " + problem.reason()));
            if (inTheBatchTotal > SUMMARY_PROBLEMS) {
                errors.alsoAt(where, "and " + (inTheBatchTotal - SUMMARY_PROBLEMS) + " more, listed below");
            }
        }
        return showStart(answers, errors, inTheBatch, inTheBatchTotal, model);
    }

    /**
     * The CSV column a problem is in: the service names the field of the case as JSON has it ({@code evidence.…},
     * {@code recordedGrades.…}), the file names its columns as the template does ({@code workforce.…}, {@code recorded.…}).
     */
    static String column(String field) {
        if (field == null) {
            return "";
        }
        if (field.startsWith("evidence.")) {
            return field.substring("evidence.".length());
        }
        if (field.startsWith("recordedGrades")) {
            return "recorded" + field.substring("recordedGrades".length());
        }
        return field;
    }

    private String showStart(Map<String, String> answers, FormErrors errors, List<BatchProblem> problems, int problemTotal,
                             Model model) {
        answers.putIfAbsent(SOURCE, "");
        answers.putIfAbsent(SIMILARITY, "");
        model.addAttribute("answers", answers);
        model.addAttribute("errors", errors);
        model.addAttribute("problems", problems);
        model.addAttribute("problemTotal", problemTotal);
        model.addAttribute("realCases", realCasesAvailable());
        model.addAttribute("defaultSimilarity", ModerationReports.DEFAULT_SIMILARITY);
        model.addAttribute("reports", reports.list());
        return "moderation/start";
    }

    /** The threshold typed, or the default when none was; a text that is not a number is the page's to refuse. */
    private static Double threshold(String typed, FormErrors errors) {
        if (typed == null || typed.isBlank()) {
            return ModerationReports.DEFAULT_SIMILARITY;
        }
        try {
            return Double.parseDouble(typed.trim());
        } catch (NumberFormatException notANumber) {
            errors.add(SIMILARITY, "Similarity threshold must be a number from 0 to 1, like " + ModerationReports.DEFAULT_SIMILARITY);
            return null;
        }
    }

    private static boolean isCsv(MultipartFile file) {
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().toLowerCase(Locale.ROOT);
        return name.endsWith(".csv");
    }

    private boolean realCasesAvailable() {
        return realDataSettings.folderPath().isPresent();
    }

    private Optional<ModerationReports.ReportStatus> status(String id) {
        try {
            return reports.status(UUID.fromString(id));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    /** What a download is made of: the report's id in, the file's text out. */
    private interface Content {
        String of(UUID id) throws IOException;
    }

    /** A download of a complete report; a report not yet complete sends the user to its progress. */
    private ResponseEntity<?> download(String id, Content content, String fileName, MediaType type) throws IOException {
        Optional<ModerationReports.ReportStatus> status = status(id);
        if (status.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        if (!(status.get().state() instanceof ReportState.Complete)) {
            return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create("/moderation/reports/" + id)).build();
        }
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(content.of(status.get().id()));
    }
}

package org.judgementsupport.moderation;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.judgementsupport.evidence.Evidence;
import org.judgementsupport.evidence.EvidenceField;
import org.judgementsupport.evidence.EvidenceReader;
import org.judgementsupport.evidence.EvidenceRejectedException;
import org.judgementsupport.framework.Framework;
import org.judgementsupport.framework.Grade;
import org.judgementsupport.framework.JudgementArea;

/**
 * Reads a moderation batch, as JSON or as CSV, refusing the whole batch with every problem listed when any case is
 * wrong: a panel fixes its spreadsheet once, and nothing is half-done.
 *
 * <p>JSON: {@code {"cases": [{"caseId": …, "evidence": {…as for a judgement…}, "recordedGrades": {"HELP_AND_PROTECTION":
 * "GOOD", …}}]}}. CSV: one row per case, a {@code caseId} column, evidence columns named by their JSON path
 * ({@code workforce.caseloadPerSocialWorker}) and a {@code recorded.<AREA>} column per area; {@link #template()} gives
 * every column.
 *
 * <p>Batches are submitted through {@link ModerationReports}; the class is public only for {@link CaseProblem}, what a
 * {@link BatchRejectedException} lists, so that the pages can show each problem as the API does.
 */
public final class ModerationBatches {

    static final String CASE_ID = "caseId";
    static final String RECORDED = "recorded.";
    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvParser.Feature.TRIM_SPACES).build();
    private static final List<String> CASE_COLUMNS = List.of("localAuthority.code", "localAuthority.name", "inspection.startDate",
            "inspection.type", "inspection.framework", "inspection.previousOverallGrade");

    private ModerationBatches() {
    }

    /** A batch as read: its cases, and the similarity threshold when the JSON gave one. */
    record Batch(List<ModerationCase> cases, Double similarityThreshold) {
    }

    /**
     * Reads a JSON batch from the request body one case at a time, so a large batch is never held as a whole tree and
     * one over the limit is refused as soon as its case {@code maxCases + 1} is reached, before the rest is read.
     *
     * @throws BatchTooLargeException past {@code maxCases} cases
     * @throws BatchRejectedException listing the problems, when any case or field is wrong
     */
    static Batch fromJson(InputStream body, ObjectMapper json, EvidenceReader reader, int maxCases) throws IOException {
        Cases cases = new Cases(reader, maxCases);
        Double similarity = null;
        boolean sawCases = false;
        // One case at a time from a stream that goes on after it: what follows a case is the rest of the batch.
        ObjectReader oneCase = json.readerFor(JsonNode.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        try (JsonParser parser = json.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new BatchRejectedException(List.of(new CaseProblem(null, "cases", "is required: send {\"cases\": [ … ]}, a list of cases, "
                        + "each with caseId, evidence and recordedGrades")));
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (field.equals("cases") && value == JsonToken.START_ARRAY) {
                    sawCases = true;
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        cases.add(oneCase.<JsonNode>readValue(parser));
                    }
                } else if (field.equals("similarityThreshold") && value.isNumeric()) {
                    similarity = parser.getDoubleValue();
                } else {
                    parser.skipChildren();
                    cases.problem(new CaseProblem(null, field, field.equals("cases") || field.equals("similarityThreshold")
                            ? "is of the wrong type: cases is a list, similarityThreshold a number"
                            : "is not part of a moderation batch; send cases and optionally similarityThreshold"));
                }
            }
            if (parser.nextToken() != null) {
                cases.problem(new CaseProblem(null, "", "the body must be one JSON object; there is more after it"));
            }
        }
        if (!sawCases || cases.count() == 0) {
            cases.problem(new CaseProblem(null, "cases", "is required: a list of cases, each with caseId, evidence and recordedGrades"));
        }
        return new Batch(cases.finish(), similarity);
    }

    /**
     * Reads a CSV batch row by row from the upload, so memory holds the cases read so far and never the whole file as
     * text; past {@code maxCases} rows the batch is refused at once. The CSV may be as Excel saves it: with a byte-order
     * mark, {@code ;} as the separator (Excel's choice where {@code ,} is a decimal comma), and cells as
     * {@link SpreadsheetCells} reads them.
     *
     * @throws BatchTooLargeException past {@code maxCases} rows
     * @throws BatchRejectedException listing the problems, when any row or column is wrong
     */
    static List<ModerationCase> fromCsv(InputStream csv, EvidenceReader reader, int maxCases) {
        Rows rows = new Rows(new Cases(reader, maxCases, SpreadsheetCells::inSpreadsheetWords));
        try (BufferedReader text = new BufferedReader(new InputStreamReader(withoutByteOrderMark(csv), StandardCharsets.UTF_8), HEADER_READ);
             MappingIterator<Map<String, String>> lines = CSV.readerFor(Map.class)
                     .with(CsvSchema.emptySchema().withHeader().withColumnSeparator(separator(text))).readValues(text)) {
            int rowNumber = 1;
            while (lines.hasNext()) {
                rows.add(lines.next(), ++rowNumber);
            }
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof BatchRejectedException || unreadable instanceof BatchTooLargeException) {
                throw (RuntimeException) unreadable;
            }
            throw new BatchRejectedException(List.of(new CaseProblem(null, "file", "cannot be read as CSV: " + unreadable.getMessage())));
        }
        return rows.finish();
    }

    /**
     * Reads an Excel workbook batch ({@code .xlsx}): its first sheet, a header row and one row per case, as for CSV.
     *
     * @throws BatchTooLargeException past {@code maxCases} rows
     * @throws BatchRejectedException listing the problems, when the workbook cannot be read or any row or column is wrong
     */
    static List<ModerationCase> fromWorkbook(InputStream xlsx, EvidenceReader reader, ModerationLimits limits) {
        Rows rows = new Rows(new Cases(reader, limits.maxCases(), SpreadsheetCells::inSpreadsheetWords));
        WorkbookRows.read(xlsx, limits, rows::add);
        return rows.finish();
    }

    /** How much of a CSV's start is looked at for its header row. */
    private static final int HEADER_READ = 64 * 1024;

    /**
     * The separator of the header row: {@code ;} when it has semicolons and no commas (no column's name has either),
     * otherwise {@code ,}.
     */
    private static char separator(BufferedReader text) throws IOException {
        text.mark(HEADER_READ);
        StringBuilder header = new StringBuilder();
        for (int c = text.read(); c >= 0 && c != '\n' && header.length() < HEADER_READ - 1; c = text.read()) {
            header.append((char) c);
        }
        text.reset();
        return header.indexOf(";") >= 0 && header.indexOf(",") < 0 ? ';' : ',';
    }

    /** The rows of a CSV or a workbook: the header's columns checked against the template's, then each row as a case. */
    private static final class Rows {
        private final Cases cases;
        private final Set<String> known = new HashSet<>(columns());
        private boolean checkedColumns;

        Rows(Cases cases) {
            this.cases = cases;
        }

        /** A row, by its row number as the spreadsheet shows it (the header is row 1). */
        void add(Map<String, String> row, int rowNumber) {
            if (!checkedColumns) {
                checkedColumns = true;
                List<CaseProblem> unknown = row.keySet().stream().filter(column -> !known.contains(column))
                        .map(column -> new CaseProblem(null, column, "is not a column of a moderation batch; "
                                + "GET /api/v1/moderation/reports/template.csv (or template.xlsx) lists them")).toList();
                if (!unknown.isEmpty()) {
                    throw new BatchRejectedException(unknown);
                }
            }
            cases.add(caseOf(row, rowNumber));
        }

        List<ModerationCase> finish() {
            if (cases.count() == 0) {
                throw new BatchRejectedException(List.of(new CaseProblem(null, "file", "has no cases: a header row and one row per case")));
            }
            return cases.finish();
        }
    }

    /** Excel saves "CSV UTF-8" with a byte-order mark, which would otherwise become part of the first column's name. */
    private static InputStream withoutByteOrderMark(InputStream input) throws IOException {
        PushbackInputStream stream = new PushbackInputStream(input, 3);
        byte[] start = stream.readNBytes(3);
        if (!(start.length == 3 && (start[0] & 0xFF) == 0xEF && (start[1] & 0xFF) == 0xBB && (start[2] & 0xFF) == 0xBF)) {
            stream.unread(start);
        }
        return stream;
    }

    /** One CSV or workbook row as the JSON case it stands for, each cell read as a spreadsheet shows it. */
    private static ObjectNode caseOf(Map<String, String> row, int rowNumber) {
        ObjectNode entry = JsonNodeFactory.instance.objectNode();
        String caseId = row.getOrDefault(CASE_ID, "");
        entry.put(CASE_ID, caseId == null || caseId.isBlank() ? "row " + rowNumber : caseId);
        ObjectNode evidence = entry.putObject("evidence");
        ObjectNode recorded = entry.putObject("recordedGrades");
        row.forEach((column, value) -> {
            if (value == null || value.isBlank() || column.equals(CASE_ID)) {
                return;
            }
            String read = SpreadsheetCells.valueOf(column, value);
            if (column.startsWith(RECORDED)) {
                recorded.put(column.substring(RECORDED.length()), read);
            } else {
                put(evidence, column, read);
            }
        });
        return entry;
    }

    /**
     * The cases of a batch as they are read, one at a time: each is checked and kept as evidence (not as text or a
     * tree), problems are gathered for one answer, and the count is held to the limit.
     */
    private static final class Cases {

        /** A batch with thousands of wrong rows gets the first problems and the count, not a reply as large as the batch. */
        static final int PROBLEMS_LISTED = 1000;

        private final EvidenceReader reader;
        private final int maxCases;
        private final List<ModerationCase> read = new ArrayList<>();
        private final List<CaseProblem> problems = new ArrayList<>();
        private final Set<String> ids = new HashSet<>();
        private int count;
        private int problemCount;

        private final UnaryOperator<CaseProblem> wording;

        Cases(EvidenceReader reader, int maxCases) {
            this(reader, maxCases, UnaryOperator.identity());
        }

        /** Cases whose problems are said in {@code wording}: a spreadsheet's cells are not written as JSON's. */
        Cases(EvidenceReader reader, int maxCases, UnaryOperator<CaseProblem> wording) {
            this.reader = reader;
            this.maxCases = maxCases;
            this.wording = wording;
        }

        int count() {
            return count;
        }

        void problem(CaseProblem problem) {
            problemCount++;
            if (problems.size() < PROBLEMS_LISTED) {
                problems.add(wording.apply(problem));
            }
        }

        void add(JsonNode entry) {
            if (++count > maxCases) {
                throw new BatchTooLargeException(maxCases);
            }
            if (!entry.isObject()) {
                problem(new CaseProblem("case " + count, "", "a case must be an object with caseId, evidence and recordedGrades"));
                return;
            }
            ModerationRequests.CaseRequest request = ModerationRequests.CaseRequest.of(entry);
            Map<String, String> invalid = new LinkedHashMap<>();
            request.problems().forEach(problem -> invalid.putIfAbsent(problem.field(), problem.reason()));
            // A case whose id cannot be shown is named by its place in the batch.
            String name = request.caseId() != null && !invalid.containsKey(CASE_ID) ? request.caseId() : "case " + count;
            if (invalid.containsKey(CASE_ID)) {
                problem(new CaseProblem(name, CASE_ID, invalid.get(CASE_ID)));
            } else if (!ids.add(request.caseId())) {
                problem(new CaseProblem(name, CASE_ID, "is used by more than one case"));
            }
            for (Iterator<String> fields = entry.fieldNames(); fields.hasNext(); ) {
                String field = fields.next();
                if (!Set.of(CASE_ID, "evidence", "recordedGrades").contains(field)) {
                    problem(new CaseProblem(name, field, "is not part of a case; a case has caseId, evidence and recordedGrades"));
                }
            }
            List<CaseProblem> found = new ArrayList<>();
            Map<JudgementArea, Grade> grades = new EnumMap<>(JudgementArea.class);
            if (invalid.containsKey("recordedGrades")) {
                found.add(new CaseProblem(name, "recordedGrades", invalid.get("recordedGrades")));
            } else {
                grades = grades(name, request.recordedGrades(), found);
            }
            if (invalid.containsKey("evidence")) {
                found.add(new CaseProblem(name, "evidence", invalid.get("evidence")));
            } else {
                Map<JudgementArea, Grade> recorded = grades;
                evidence(name, request.evidence(), reader, found)
                        .ifPresent(evidence -> read.add(checkedAreas(new ModerationCase(name, evidence, recorded), found)));
            }
            found.forEach(this::problem);
        }

        List<ModerationCase> finish() {
            if (problemCount > 0) {
                throw new BatchRejectedException(problems, problemCount);
            }
            return read;
        }
    }

    /** Every column a CSV batch can have, in the order the template gives them. */
    static List<String> columns() {
        List<String> columns = new ArrayList<>();
        columns.add(CASE_ID);
        columns.addAll(CASE_COLUMNS);
        Arrays.stream(EvidenceField.values()).filter(field -> !field.isDerived()).map(EvidenceField::path).forEach(columns::add);
        Arrays.stream(JudgementArea.values()).map(area -> RECORDED + area.name()).forEach(columns::add);
        return columns;
    }

    /** A CSV template: every column, and one example case. */
    static String template() {
        Map<String, String> example = new LinkedHashMap<>();
        columns().forEach(column -> example.put(column, ""));
        example.put(CASE_ID, "Example 1");
        example.put("localAuthority.code", "E09000002");
        example.put("localAuthority.name", "Barking and Dagenham");
        example.put("inspection.startDate", "2024-05-13");
        example.put("inspection.type", "STANDARD");
        example.put("workforce.caseloadPerSocialWorker", "19");
        example.put("missingChildren.returnInterviewsOfferedPct", "72");
        example.put("leadership.practiceQuality", "CONSISTENTLY_EFFECTIVE");
        example.put(RECORDED + "OVERALL_EFFECTIVENESS", "REQUIRES_IMPROVEMENT");
        example.put(RECORDED + "IMPACT_OF_LEADERS", "GOOD");
        example.put(RECORDED + "HELP_AND_PROTECTION", "REQUIRES_IMPROVEMENT");
        return CsvText.write(List.of(example.keySet().toArray(String[]::new), example.values().toArray(String[]::new)));
    }

    /** Puts a CSV cell into the evidence at its JSON path, typed as the field expects; what does not fit is left for the evidence reader to refuse. */
    private static void put(ObjectNode evidence, String path, String value) {
        String[] parts = path.split("\\.", 2);
        ObjectNode group = evidence.has(parts[0]) ? (ObjectNode) evidence.get(parts[0]) : evidence.putObject(parts[0]);
        Optional<EvidenceField> field = EvidenceField.byPath(path);
        if (field.isPresent() && field.get().kind() == EvidenceField.Kind.NUMBER) {
            try {
                BigDecimal number = new BigDecimal(value);
                group.put(parts[1], number);
                return;
            } catch (NumberFormatException notANumber) {
                // Left as text: the evidence reader says it must be a number.
            }
        }
        if (field.isPresent() && field.get().kind() == EvidenceField.Kind.YES_NO) {
            String lower = value.toLowerCase(Locale.ROOT);
            if (lower.equals("yes") || lower.equals("true")) {
                group.put(parts[1], true);
                return;
            }
            if (lower.equals("no") || lower.equals("false")) {
                group.put(parts[1], false);
                return;
            }
        }
        group.put(parts[1], value);
    }

    private static Optional<Evidence> evidence(String name, JsonNode node, EvidenceReader reader, List<CaseProblem> problems) {
        try {
            return Optional.of(reader.read(node));
        } catch (EvidenceRejectedException refused) {
            refused.problems().forEach(problem -> problems.add(new CaseProblem(name, "evidence." + problem.field(), problem.reason())));
            return Optional.empty();
        }
    }

    /** The grades as recorded, each area and grade read as written, Ofsted's wording included. */
    private static Map<JudgementArea, Grade> grades(String name, Map<String, JsonNode> recorded, List<CaseProblem> problems) {
        Map<JudgementArea, Grade> grades = new EnumMap<>(JudgementArea.class);
        recorded.entrySet().forEach(entry -> {
            JudgementArea area;
            try {
                area = JudgementArea.valueOf(entry.getKey());
            } catch (IllegalArgumentException unknown) {
                problems.add(new CaseProblem(name, "recordedGrades." + entry.getKey(), "is not an area; use one of " + Arrays.toString(JudgementArea.values())));
                return;
            }
            try {
                grades.put(area, Grade.fromOfstedWording(entry.getValue().asText()));
            } catch (IllegalArgumentException unknown) {
                problems.add(new CaseProblem(name, "recordedGrades." + entry.getKey(), "'" + entry.getValue().asText()
                        + "' is not a grade; use OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT or INADEQUATE"));
            }
        });
        return grades;
    }

    /** Recorded grades must be for areas the case's framework grades. */
    private static ModerationCase checkedAreas(ModerationCase moderationCase, List<CaseProblem> problems) {
        Framework framework = moderationCase.evidence().inspection().framework() != null ? moderationCase.evidence().inspection().framework()
                : Framework.forStartDate(moderationCase.evidence().inspection().startDate()).orElseThrow();
        for (JudgementArea area : moderationCase.recordedGrades().keySet()) {
            if (!framework.gradedAreas().contains(area)) {
                problems.add(new CaseProblem(moderationCase.caseId(), "recordedGrades." + area, framework + " does not grade this area; it grades "
                        + framework.gradedAreas()));
            }
        }
        return moderationCase;
    }

    /** One thing wrong with a batch: the case (null for the whole batch), the field and why. */
    public record CaseProblem(String caseId, String field, String reason) {
    }
}

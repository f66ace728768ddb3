package org.judgementsupport.moderation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
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
 */
final class ModerationBatches {

    static final String CASE_ID = "caseId";
    static final String RECORDED = "recorded.";
    private static final List<String> CASE_COLUMNS = List.of("localAuthority.code", "localAuthority.name", "inspection.startDate",
            "inspection.type", "inspection.framework", "inspection.previousOverallGrade");

    private ModerationBatches() {
    }

    static List<ModerationCase> fromJson(JsonNode body, EvidenceReader reader) {
        List<CaseProblem> problems = new ArrayList<>();
        JsonNode cases = body == null ? null : body.get("cases");
        if (cases == null || !cases.isArray() || cases.isEmpty()) {
            throw new BatchRejectedException(List.of(new CaseProblem(null, "cases", "is required: a list of cases, each with caseId, evidence and recordedGrades")));
        }
        body.fieldNames().forEachRemaining(field -> {
            if (!field.equals("cases") && !field.equals("similarityThreshold")) {
                problems.add(new CaseProblem(null, field, "is not part of a moderation batch; send cases and optionally similarityThreshold"));
            }
        });
        List<ModerationCase> read = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int position = 0;
        for (JsonNode entry : cases) {
            position++;
            String caseId = entry.path(CASE_ID).isTextual() && !entry.path(CASE_ID).asText().isBlank() ? entry.path(CASE_ID).asText().trim() : null;
            String name = caseId != null ? caseId : "case " + position;
            if (caseId == null) {
                problems.add(new CaseProblem(name, CASE_ID, "is required: a name for the case, unique in the batch"));
            } else if (!ids.add(caseId)) {
                problems.add(new CaseProblem(name, CASE_ID, "is used by more than one case"));
            }
            for (Iterator<String> fields = entry.fieldNames(); fields.hasNext(); ) {
                String field = fields.next();
                if (!Set.of(CASE_ID, "evidence", "recordedGrades").contains(field)) {
                    problems.add(new CaseProblem(name, field, "is not part of a case; a case has caseId, evidence and recordedGrades"));
                }
            }
            Map<JudgementArea, Grade> grades = grades(name, entry.path("recordedGrades"), problems);
            evidence(name, entry.get("evidence"), reader, problems)
                    .ifPresent(evidence -> read.add(checkedAreas(new ModerationCase(name, evidence, grades), problems)));
        }
        if (!problems.isEmpty()) {
            throw new BatchRejectedException(problems);
        }
        return read;
    }

    static List<ModerationCase> fromCsv(String csv, EvidenceReader reader) {
        List<CaseProblem> problems = new ArrayList<>();
        List<Map<String, String>> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> iterator = new CsvMapper().enable(CsvParser.Feature.TRIM_SPACES)
                .readerFor(Map.class).with(CsvSchema.emptySchema().withHeader()).readValues(csv.replace("\uFEFF", ""))) {
            while (iterator.hasNext()) {
                rows.add(iterator.next());
            }
        } catch (IOException | RuntimeException unreadable) {
            throw new BatchRejectedException(List.of(new CaseProblem(null, "file", "cannot be read as CSV: " + unreadable.getMessage())));
        }
        if (rows.isEmpty()) {
            throw new BatchRejectedException(List.of(new CaseProblem(null, "file", "has no cases: a header row and one row per case")));
        }
        Set<String> known = new HashSet<>(columns());
        for (String column : rows.get(0).keySet()) {
            if (!known.contains(column)) {
                problems.add(new CaseProblem(null, column, "is not a column of a moderation batch; GET /api/v1/moderation/reports/template.csv lists them"));
            }
        }
        if (!problems.isEmpty()) {
            throw new BatchRejectedException(problems);
        }
        ObjectNode batch = JsonNodeFactory.instance.objectNode();
        int rowNumber = 1;
        for (Map<String, String> row : rows) {
            rowNumber++;
            ObjectNode entry = batch.withArray("cases").addObject();
            String caseId = row.getOrDefault(CASE_ID, "");
            entry.put(CASE_ID, caseId.isBlank() ? "row " + rowNumber : caseId);
            ObjectNode evidence = entry.putObject("evidence");
            ObjectNode recorded = entry.putObject("recordedGrades");
            row.forEach((column, value) -> {
                if (value == null || value.isBlank() || column.equals(CASE_ID)) {
                    return;
                }
                if (column.startsWith(RECORDED)) {
                    recorded.put(column.substring(RECORDED.length()), value);
                } else {
                    put(evidence, column, value);
                }
            });
        }
        return fromJson(batch, reader);
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
        if (node == null || !node.isObject()) {
            problems.add(new CaseProblem(name, "evidence", "is required: the evidence, as for a judgement"));
            return Optional.empty();
        }
        try {
            return Optional.of(reader.read(node));
        } catch (EvidenceRejectedException refused) {
            refused.problems().forEach(problem -> problems.add(new CaseProblem(name, "evidence." + problem.field(), problem.reason())));
            return Optional.empty();
        }
    }

    private static Map<JudgementArea, Grade> grades(String name, JsonNode node, List<CaseProblem> problems) {
        Map<JudgementArea, Grade> grades = new EnumMap<>(JudgementArea.class);
        if (!node.isObject() || node.isEmpty()) {
            problems.add(new CaseProblem(name, "recordedGrades", "is required: at least one area's recorded grade, e.g. {\"OVERALL_EFFECTIVENESS\": \"GOOD\"}"));
            return grades;
        }
        node.properties().forEach(entry -> {
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

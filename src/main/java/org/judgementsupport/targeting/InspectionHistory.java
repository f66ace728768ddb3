package org.judgementsupport.targeting;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.judgementsupport.framework.Grade;
import org.judgementsupport.realdata.OfstedOutcomes;

/**
 * Every graded inspection Ofsted published, as it became known: ILACS inspections from the outcomes file (with their
 * publication dates) and, before them, the single inspection framework's (SIF, 2013 to 2018: a first inspection and,
 * for some, a re-inspection), which Ofsted's older file lists by authority name only.
 *
 * <p>An inspection counts as known on a date only once its report was published before it, so a score as of a date
 * never sees a grade that was not yet public.
 */
final class InspectionHistory {

    static final String SIF_FILE = "ofsted/la_inspections_2009_to_2023_incl_sif.csv";
    static final String VISITS_FILE = "ofsted/in_year_inspections_and_visits_2024_25.csv";

    /** An inspection or visit in Ofsted's in-year file (2024-25): focused and monitoring visits carry no grade. */
    record Visit(LocalDate date, String type, Grade overall, String theme) {
    }

    private final Map<String, List<PastInspection>> byCode = new HashMap<>();
    private final Map<String, List<Visit>> visits = new HashMap<>();
    private final List<String> unmatchedNames = new ArrayList<>();

    private InspectionHistory() {
    }

    /**
     * Reads both files under the folder; {@code codesByName} names every authority code (the DfE's and Ofsted's names),
     * so that the SIF file's names can be matched to codes.
     */
    static InspectionHistory read(Path dataFolder, Map<String, String> namesByCode) {
        InspectionHistory history = new InspectionHistory();
        Map<String, String> codeByName = new HashMap<>();
        for (Map<String, String> row : rows(dataFolder.resolve(OfstedOutcomes.FILE))) {
            String code = row.getOrDefault("Local authority area code", "").trim();
            if (!code.startsWith("E")) {
                continue;
            }
            codeByName.put(normalised(row.get("Local authority name")), code);
            Optional<Grade> overall = grade(row.get("Overall effectiveness"));
            if (overall.isPresent()) {
                history.add(new PastInspection(code, "ILACS", LocalDate.parse(row.get("Inspection date").trim()),
                        date(row.get("Publication date")), overall.get()));
            }
        }
        namesByCode.forEach((code, name) -> codeByName.putIfAbsent(normalised(name), code));
        for (Map<String, String> row : rows(dataFolder.resolve(SIF_FILE))) {
            String name = row.getOrDefault("Local authority name", "");
            String code = codeByName.get(normalised(name));
            boolean graded = false;
            for (String inspection : List.of("First SIF", "SIF Re-inspection")) {
                LocalDate published = date(column(row, inspection + " publication date"));
                Optional<Grade> overall = grade(column(row, inspection + " Overall Judgement"));
                if (published != null && overall.isPresent()) {
                    graded = true;
                    if (code != null) {
                        history.add(new PastInspection(code, "SIF", published, published, overall.get()));
                    }
                }
            }
            if (graded && code == null) {
                history.unmatchedNames.add(name);
            }
        }
        history.byCode.values().forEach(list -> list.sort(Comparator.comparing(PastInspection::published)));
        Path visitsFile = dataFolder.resolve(VISITS_FILE);
        if (Files.exists(visitsFile)) {
            for (Map<String, String> row : rows(visitsFile)) {
                String code = row.getOrDefault("Local authority area code", "").trim();
                LocalDate date = date(row.get("Inspection/Visit date"));
                if (code.startsWith("E") && date != null) {
                    String theme = row.get("Visit Theme");
                    history.visits.computeIfAbsent(code, key -> new ArrayList<>()).add(new Visit(date, row.get("Inspection/Visit type"),
                            grade(row.get("Overall effectiveness")).orElse(null), theme == null || theme.isBlank() ? null : theme));
                }
            }
        }
        return history;
    }

    /** The graded inspections of the authority that started on or after the date: what happened next. */
    List<PastInspection> inspectedOnOrAfter(String code, LocalDate date) {
        return byCode.getOrDefault(code, List.of()).stream().filter(inspection -> !inspection.inspected().isBefore(date))
                .sorted(Comparator.comparing(PastInspection::inspected)).toList();
    }

    /** The inspections and visits of the in-year file on or after the date. */
    List<Visit> visitsOnOrAfter(String code, LocalDate date) {
        return visits.getOrDefault(code, List.of()).stream().filter(visit -> !visit.date().isBefore(date))
                .sorted(Comparator.comparing(Visit::date)).toList();
    }

    /** The last inspection of any of the codes (one authority's, old and new) published before the date. */
    Optional<PastInspection> lastPublishedBefore(Collection<String> codes, LocalDate date) {
        return codes.stream()
                .flatMap(code -> byCode.getOrDefault(code, List.of()).stream())
                .filter(inspection -> inspection.published() != null && inspection.published().isBefore(date))
                .max(Comparator.comparing(PastInspection::published).thenComparing(PastInspection::inspected));
    }

    /** SIF names no code could be found for; their inspections are left out. */
    List<String> unmatchedNames() {
        return List.copyOf(new TreeSet<>(unmatchedNames));
    }

    private void add(PastInspection inspection) {
        byCode.computeIfAbsent(inspection.localAuthorityCode(), code -> new ArrayList<>()).add(inspection);
    }

    /** Names as the files write them differently: "Telford & Wrekin", "Bedford Borough", "Kingston upon Hull, City of". */
    static String normalised(String name) {
        if (name == null) {
            return "";
        }
        return name.toLowerCase(Locale.ROOT).replace("&", " and ").replace("city of", " ").replaceAll("\\bborough\\b", " ")
                .replaceAll("[^a-z]", "");
    }

    private static String column(Map<String, String> row, String startOfName) {
        return row.entrySet().stream().filter(entry -> entry.getKey().replaceAll("\\s+", " ").contains(startOfName))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    private static Optional<Grade> grade(String wording) {
        if (wording == null || wording.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Grade.fromOfstedWording(wording));
        } catch (IllegalArgumentException notAGrade) {
            return Optional.empty();
        }
    }

    /** "2019-04-01" or "2014-07-07 00:00:00"; null when blank. */
    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return LocalDate.parse(text.trim().substring(0, 10));
    }

    private static List<Map<String, String>> rows(Path file) {
        CsvMapper csv = new CsvMapper().enable(CsvParser.Feature.TRIM_SPACES);
        List<Map<String, String>> rows = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             MappingIterator<Map<String, String>> iterator = csv.readerFor(Map.class).with(CsvSchema.emptySchema().withHeader()).readValues(reader)) {
            while (iterator.hasNext()) {
                Map<String, String> row = new HashMap<>();
                iterator.next().forEach((key, value) -> row.put(key.replace("\uFEFF", ""), value));
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return rows;
    }
}

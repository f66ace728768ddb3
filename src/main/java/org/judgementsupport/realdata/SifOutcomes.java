package org.judgementsupport.realdata;

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
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.judgementsupport.framework.Framework;
import org.judgementsupport.framework.Grade;
import org.judgementsupport.framework.JudgementArea;

/**
 * Reads the single inspection framework's inspections from Ofsted's "LA inspection outcomes" export of older
 * frameworks ({@code ofsted/la_inspections_2009_to_2023_incl_sif.csv}): one row per local authority, by name only,
 * with its first SIF inspection and any SIF re-inspection, each with a publication date and the six grades. The
 * review of the local safeguarding children board in the same row is not read: it is out of scope.
 *
 * <p>The file gives no E-codes and no start dates. Authorities are matched by name to the E-code the DfE's files give
 * that name in the year of the inspection ({@link DfeIndicators#codeForName}). Start dates are estimated from
 * publication dates ({@link #estimatedStart}).
 */
public final class SifOutcomes {

    public static final String FILE = "ofsted/la_inspections_2009_to_2023_incl_sif.csv";

    /**
     * Ten weeks from the first day on site to publication. Seven SIF reports that give both dates (Calderdale,
     * Cumbria, Devon, Leeds, Leicester, Windsor and Maidenhead 2015; Manchester's re-inspection 2017) took 65 to 77
     * days, 71 at the median, so an estimate is within about a week of the real start.
     */
    static final int DAYS_FROM_START_TO_PUBLICATION = 70;

    private static final String NAME = "Local authority name";
    private static final List<String> INSPECTIONS = List.of("First SIF", "SIF Re-inspection");
    private static final Map<JudgementArea, String> COLUMNS = Map.of(
            JudgementArea.OVERALL_EFFECTIVENESS, "Overall Judgement(OE)",
            JudgementArea.HELP_AND_PROTECTION, "children who need help and protection",
            JudgementArea.CHILDREN_LOOKED_AFTER_AND_ACHIEVING_PERMANENCE, "children looked after and achieving permanence",
            JudgementArea.ADOPTION_PERFORMANCE, "CLA Sub: Adoption Performance",
            JudgementArea.CARE_LEAVERS, "CLA Sub: Experiences and progress of care leavers",
            JudgementArea.LEADERSHIP_MANAGEMENT_AND_GOVERNANCE, "leadership, management and governance");

    /** The inspections read, and the names of authorities that could not be matched to an E-code (left out). */
    public record Read(List<OfstedInspection> inspections, List<String> unmatchedNames) {
    }

    /** Finds an authority's E-code from its name, in the year given. */
    @FunctionalInterface
    public interface AuthorityCodes {
        Optional<String> codeFor(String name, int year);
    }

    private SifOutcomes() {
    }

    /** The first day of an inspection published on that date, estimated: see {@link #DAYS_FROM_START_TO_PUBLICATION}. */
    public static LocalDate estimatedStart(LocalDate published) {
        return published.minusDays(DAYS_FROM_START_TO_PUBLICATION);
    }

    /** Every SIF inspection and re-inspection in the file under {@code dataFolder}, in file order. */
    public static Read read(Path dataFolder, AuthorityCodes codes) {
        Path file = dataFolder.resolve(FILE);
        CsvMapper csv = new CsvMapper().enable(CsvParser.Feature.TRIM_SPACES);
        List<OfstedInspection> inspections = new ArrayList<>();
        List<String> unmatched = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             MappingIterator<Map<String, String>> rows = csv.readerFor(Map.class).with(CsvSchema.emptySchema().withHeader()).readValues(reader)) {
            while (rows.hasNext()) {
                Map<String, String> row = rows.next();
                String name = row.get(NAME);
                for (String inspection : INSPECTIONS) {
                    Optional<LocalDate> published = published(row, inspection);
                    if (name == null || name.isBlank() || published.isEmpty()) {
                        continue;
                    }
                    LocalDate start = estimatedStart(published.get());
                    Optional<String> code = codes.codeFor(name, start.getYear());
                    if (code.isEmpty()) {
                        unmatched.add(name.trim());
                        continue;
                    }
                    inspections.add(new OfstedInspection(code.get(), name.trim(), start, published.get(),
                            inspection.equals("First SIF") ? "SIF inspection" : "SIF re-inspection", Framework.SIF_2013, grades(row, inspection)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return new Read(List.copyOf(inspections), List.copyOf(unmatched));
    }

    /** The publication date, from the column whose header ends "<inspection> publication date"; times of day are dropped. */
    private static Optional<LocalDate> published(Map<String, String> row, String inspection) {
        return row.entrySet().stream()
                .filter(column -> column.getKey().trim().endsWith(inspection + " publication date"))
                .map(Map.Entry::getValue)
                .filter(value -> value != null && value.trim().length() >= 10)
                .map(value -> LocalDate.parse(value.trim().substring(0, 10)))
                .findFirst();
    }

    /** Each graded judgement; a judgement Ofsted did not make (written "-", as for the City of London's adoption) is absent. */
    private static Map<JudgementArea, Grade> grades(Map<String, String> row, String inspection) {
        Map<JudgementArea, Grade> grades = new EnumMap<>(JudgementArea.class);
        COLUMNS.forEach((area, column) -> {
            String wording = row.get(inspection + " " + column);
            if (wording != null && !wording.isBlank() && !wording.trim().equals("-")) {
                grades.put(area, Grade.fromOfstedWording(wording));
            }
        });
        return grades;
    }
}

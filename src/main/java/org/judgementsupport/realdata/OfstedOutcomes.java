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
import org.judgementsupport.framework.Framework;
import org.judgementsupport.framework.Grade;
import org.judgementsupport.framework.JudgementArea;

/**
 * Reads Ofsted's "LA inspection outcomes" export of ILACS inspections
 * ({@code ofsted/ilacs_inspection_outcomes_2018_to_march_2025.csv}): one row per inspection, grades worded as Ofsted
 * publishes them.
 */
public final class OfstedOutcomes {

    public static final String FILE = "ofsted/ilacs_inspection_outcomes_2018_to_march_2025.csv";

    private static final String CODE = "Local authority area code";
    private static final String NAME = "Local authority name";
    private static final String DATE = "Inspection date";
    private static final String PUBLISHED = "Publication date";
    private static final String TYPE = "Inspection type";
    private static final String OVERALL = "Overall effectiveness";
    private static final String LEADERS = "The impact of leaders on social work practice with children and families";
    private static final String HELP = "The experiences and progress of children who need help and protection";
    private static final String IN_CARE = "The experiences and progress of children in care";
    private static final String CARE_LEAVERS = "The experiences and progress of care leavers";

    private OfstedOutcomes() {
    }

    /** Every inspection in the file under {@code dataFolder}, in file order. */
    public static List<OfstedInspection> read(Path dataFolder) {
        Path file = dataFolder.resolve(FILE);
        CsvMapper csv = new CsvMapper().enable(CsvParser.Feature.TRIM_SPACES);
        CsvSchema header = CsvSchema.emptySchema().withHeader();
        List<OfstedInspection> inspections = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             MappingIterator<Map<String, String>> rows = csv.readerFor(Map.class).with(header).readValues(reader)) {
            while (rows.hasNext()) {
                Map<String, String> row = rows.next();
                String code = row.get(CODE);
                if (code == null || !code.startsWith("E")) {
                    continue;
                }
                LocalDate date = LocalDate.parse(row.get(DATE));
                Framework framework = Framework.forStartDate(date)
                        .orElseThrow(() -> new IllegalStateException("no ILACS framework for an inspection on " + date));
                Map<JudgementArea, Grade> grades = new EnumMap<>(JudgementArea.class);
                put(grades, JudgementArea.OVERALL_EFFECTIVENESS, row.get(OVERALL));
                put(grades, JudgementArea.IMPACT_OF_LEADERS, row.get(LEADERS));
                put(grades, JudgementArea.HELP_AND_PROTECTION, row.get(HELP));
                if (framework.gradedAreas().contains(JudgementArea.CHILDREN_IN_CARE_AND_CARE_LEAVERS)) {
                    put(grades, JudgementArea.CHILDREN_IN_CARE_AND_CARE_LEAVERS, row.get(IN_CARE));
                } else {
                    put(grades, JudgementArea.CHILDREN_IN_CARE, row.get(IN_CARE));
                    put(grades, JudgementArea.CARE_LEAVERS, row.get(CARE_LEAVERS));
                }
                String published = row.get(PUBLISHED);
                inspections.add(new OfstedInspection(code.trim(), row.get(NAME), date,
                        published == null || published.isBlank() ? null : LocalDate.parse(published.trim()), row.get(TYPE), framework, grades));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return inspections;
    }

    private static void put(Map<JudgementArea, Grade> grades, JudgementArea area, String wording) {
        if (wording != null && !wording.isBlank()) {
            grades.put(area, Grade.fromOfstedWording(wording));
        }
    }
}

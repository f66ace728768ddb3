package org.judgementsupport.realdata;

import com.fasterxml.jackson.annotation.JsonProperty;
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
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.judgementsupport.evidence.EvidenceField;

/**
 * The DfE's published children's services indicators for each local authority, from the statistics files in a
 * folder the user names (their own download; tests use ../shared/data). Nothing is copied out of the folder.
 *
 * <p>For an inspection it gives the latest figure of each indicator that was published before the inspection
 * started: each dataset has a publication date per year ({@link Dataset#publishedBy}), so an inspection never sees
 * figures that were not yet public. Local authorities whose code changed (Barnsley in 2025) are matched through the
 * DfE's three-digit authority number, and a figure reported jointly for two authorities (Kingston and Richmond,
 * North and West Northamptonshire) counts for each, marked as joint.
 */
public final class DfeIndicators {

    /** A statistical release, and when its figures for a year are public by (conservatively). */
    public enum Dataset {
        /** Children's social work workforce, as at 30 September of the year; published the following February. */
        WORKFORCE("Children's social work workforce"),
        /** Characteristics of children in need, year to 31 March; published in the autumn of that year. */
        CHILDREN_IN_NEED("Characteristics of children in need"),
        /** Children looked after in England, year to 31 March; published in November or December of that year. */
        CHILDREN_LOOKED_AFTER("Children looked after in England");

        private final String title;

        Dataset(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }

        public LocalDate publishedBy(int year) {
            return switch (this) {
                case WORKFORCE -> LocalDate.of(year + 1, 3, 1);
                case CHILDREN_IN_NEED -> LocalDate.of(year, 11, 1);
                case CHILDREN_LOOKED_AFTER -> LocalDate.of(year, 12, 1);
            };
        }
    }

    /** Where an indicator comes from: file, the rows that hold it, the column with its value. */
    private record Measure(EvidenceField field, Dataset dataset, String file, Predicate<Map<String, String>> rows, String column) {
    }

    /**
     * One published figure.
     *
     * @param field       the evidence it becomes
     * @param value       the figure
     * @param dataset     the release it is from
     * @param year        the release's year ({@code time_period})
     * @param publishedBy when it was public by
     * @param file        the statistics file
     * @param reportedFor the code the figure is reported under, e.g. {@code E09000021 / E09000027} for a joint figure
     */
    public record Figure(EvidenceField field, double value, Dataset dataset, int year, LocalDate publishedBy, String file, String reportedFor) {

        /** Reported for two authorities together, and counted for each. */
        @JsonProperty
        public boolean joint() {
            return reportedFor.contains("/");
        }

        /** The evidence's JSON path, as in the evidence itself. */
        @JsonProperty
        public String evidence() {
            return field.path();
        }
    }

    private static final List<Measure> MEASURES = List.of(
            new Measure(EvidenceField.CASELOAD_PER_SOCIAL_WORKER, Dataset.WORKFORCE, "dfe/csww_indicators_2017_to_2025.csv", row -> true, "caseload_fte"),
            new Measure(EvidenceField.VACANCY_RATE, Dataset.WORKFORCE, "dfe/csww_indicators_2017_to_2025.csv", row -> true, "vacancy_rate_fte"),
            new Measure(EvidenceField.AGENCY_RATE, Dataset.WORKFORCE, "dfe/csww_indicators_2017_to_2025.csv", row -> true, "agency_rate_fte"),
            new Measure(EvidenceField.TURNOVER_RATE, Dataset.WORKFORCE, "dfe/csww_indicators_2017_to_2025.csv", row -> true, "turnover_rate_fte"),
            new Measure(EvidenceField.RE_REFERRAL_RATE, Dataset.CHILDREN_IN_NEED,
                    "dfe/c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv", row -> true, "rereferral_percent"),
            new Measure(EvidenceField.REPEAT_CHILD_PROTECTION_PLANS, Dataset.CHILDREN_IN_NEED,
                    "dfe/d3_cpps_subsequent_plan_2013_to_2025.csv", row -> true, "CPP_subsequent_percent"),
            new Measure(EvidenceField.THREE_PLUS_PLACEMENTS, Dataset.CHILDREN_LOOKED_AFTER, "dfe/la_cla_placement_stability.csv",
                    row -> "With 3 or more placements during the year".equals(row.get("placement_stability")), "children_percent"),
            new Measure(EvidenceField.LONG_TERM_STABILITY, Dataset.CHILDREN_LOOKED_AFTER, "dfe/la_cla_placement_stability.csv",
                    row -> "Living with the same carer for at least 2 years".equals(row.get("placement_stability")), "children_percent"),
            new Measure(EvidenceField.CARE_LEAVERS_IN_EET, Dataset.CHILDREN_LOOKED_AFTER, "dfe/la_care_leavers_activity.csv",
                    row -> "19 to 21 years".equals(row.get("care_leaver_age")) && "Total in education, employment or training".equals(row.get("breakdown")),
                    "care_leaver_percent"),
            new Measure(EvidenceField.CARE_LEAVERS_SUITABLY_ACCOMMODATED, Dataset.CHILDREN_LOOKED_AFTER,
                    "dfe/la_care_leavers_accommodation_suitability.csv",
                    row -> "19 to 21 years".equals(row.get("care_leaver_age")) && "Accommodation considered suitable".equals(row.get("breakdown")),
                    "care_leaver_percent"),
            new Measure(EvidenceField.MISSING_FROM_CARE, Dataset.CHILDREN_LOOKED_AFTER,
                    "dfe/la_children_who_were_missing_or_away_from_placement_without_authorisation.csv",
                    row -> "Percentage of children who had a missing incident during the year".equals(row.get("CLA_group")), "number"));

    /** Figures by authority key (an E-code or a three-digit authority number), then field, then year. */
    private final Map<String, Map<EvidenceField, TreeMap<Integer, Figure>>> figures = new HashMap<>();
    /** The three-digit authority numbers each E-code has been reported under. */
    private final Map<String, Set<String>> authorityNumbers = new HashMap<>();
    /** The name each E-code is reported under. */
    private final Map<String, String> names = new HashMap<>();
    /** The E-codes with a row in each year of the workforce release, the widest of the releases. */
    private final Map<Integer, Set<String>> workforceAuthorities = new HashMap<>();
    /** Every authority's figure for a field and year, once each (a joint figure once): the national distribution. */
    private final Map<EvidenceField, Map<Integer, List<Double>>> distributions = new EnumMap<>(EvidenceField.class);
    /** Each authority's E-code by year, under its name as the DfE writes it (normalised): for sources that give names only. */
    private final Map<String, TreeMap<Integer, String>> codesByName = new HashMap<>();

    private DfeIndicators() {
    }

    /** Reads every indicator file in the folder ({@code dfe/…} under it). */
    public static DfeIndicators read(Path dataFolder) {
        DfeIndicators indicators = new DfeIndicators();
        Map<String, List<Measure>> byFile = new HashMap<>();
        MEASURES.forEach(measure -> byFile.computeIfAbsent(measure.file(), file -> new ArrayList<>()).add(measure));
        byFile.forEach((file, measures) -> indicators.load(dataFolder.resolve(file), file, measures));
        return indicators;
    }

    /** The latest published figure of each indicator for the authority that was public before the date. */
    public List<Figure> latestBefore(String localAuthorityCode, LocalDate date) {
        Set<String> keys = new HashSet<>();
        keys.add(localAuthorityCode);
        keys.addAll(authorityNumbers.getOrDefault(localAuthorityCode, Set.of()));
        Map<EvidenceField, Figure> latest = new EnumMap<>(EvidenceField.class);
        for (String key : keys) {
            figures.getOrDefault(key, Map.of()).forEach((field, byYear) -> byYear.descendingMap().values().stream()
                    .filter(figure -> figure.publishedBy().isBefore(date))
                    .findFirst()
                    .ifPresent(figure -> latest.merge(field, figure, (one, other) -> preferred(one, other, localAuthorityCode))));
        }
        return List.copyOf(latest.values());
    }

    /**
     * The authority's figure for a field in one year, found as {@link #latestBefore} finds figures (under an old code, or
     * a joint figure); empty when none was published. A trend compares the latest figure with the year before's.
     */
    public Optional<Figure> figure(String localAuthorityCode, EvidenceField field, int year) {
        Figure found = null;
        for (String key : keys(localAuthorityCode)) {
            Figure figure = figures.getOrDefault(key, Map.of()).getOrDefault(field, new TreeMap<>()).get(year);
            if (figure != null) {
                found = found == null ? figure : preferred(found, figure, localAuthorityCode);
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * Every local authority as the workforce release published before the date lists them (the widest release, about
     * 150 a year): its E-codes, a joint row counted for each. Empty before the first release.
     */
    public List<String> authoritiesBefore(LocalDate date) {
        return workforceAuthorities.entrySet().stream()
                .filter(year -> Dataset.WORKFORCE.publishedBy(year.getKey()).isBefore(date))
                .max(Map.Entry.comparingByKey())
                .map(year -> year.getValue().stream().sorted().toList())
                .orElse(List.of());
    }

    /** The first date {@link #authoritiesBefore} lists anyone: the day after the first workforce release was public. */
    public Optional<LocalDate> authoritiesListedFrom() {
        return workforceAuthorities.keySet().stream().min(Integer::compare).map(year -> Dataset.WORKFORCE.publishedBy(year).plusDays(1));
    }

    /** The name an authority is reported under, e.g. "Barking and Dagenham". */
    public Optional<String> name(String localAuthorityCode) {
        return Optional.ofNullable(names.get(localAuthorityCode));
    }

    /** The three-digit DfE authority numbers an E-code has been reported under, e.g. 370 for Barnsley's two codes. */
    public Set<String> authorityNumbers(String localAuthorityCode) {
        return Set.copyOf(authorityNumbers.getOrDefault(localAuthorityCode, Set.of()));
    }

    /** The E-codes reported under a three-digit authority number: more than one where the code changed. */
    public Set<String> codesOf(String authorityNumber) {
        Set<String> codes = new HashSet<>();
        authorityNumbers.forEach((code, numbers) -> {
            if (numbers.contains(authorityNumber)) {
                codes.add(code);
            }
        });
        return codes;
    }

    /** Every E-code with a name, for matching other files' names to codes. */
    public Map<String, String> namesByCode() {
        return Map.copyOf(names);
    }

    private Set<String> keys(String localAuthorityCode) {
        Set<String> keys = new HashSet<>();
        keys.add(localAuthorityCode);
        keys.addAll(authorityNumbers.getOrDefault(localAuthorityCode, Set.of()));
        return keys;
    }

    /** Every local authority's published figure for the field in that year, e.g. to work out national percentiles. */
    public List<Double> allAuthorities(EvidenceField field, int year) {
        return List.copyOf(distributions.getOrDefault(field, Map.of()).getOrDefault(year, List.of()));
    }

    /**
     * The E-code of the authority the DfE names so, as it was in that year (the nearest earlier year it was reported,
     * or its first). Names are compared without case, punctuation, "City of" and "County of" suffixes, a leading
     * "County" or a trailing "Borough": Ofsted's "Bristol", "Durham" and "Bedford Borough" are the DfE's
     * "Bristol, City of", "County Durham" and "Bedford". Empty when no authority has the name.
     */
    public Optional<String> codeForName(String name, int year) {
        TreeMap<Integer, String> byYear = codesByName.get(AuthorityName.normalised(name));
        if (byYear == null || byYear.isEmpty()) {
            return Optional.empty();
        }
        Map.Entry<Integer, String> asAt = byYear.floorEntry(year);
        return Optional.of(asAt != null ? asAt.getValue() : byYear.firstEntry().getValue());
    }

    /** The later year wins; in a tie the authority's own figure beats a joint one. */
    private static Figure preferred(Figure one, Figure other, String code) {
        if (one.year() != other.year()) {
            return one.year() > other.year() ? one : other;
        }
        return one.reportedFor().equals(code) ? one : other;
    }

    private void load(Path path, String file, List<Measure> measures) {
        CsvMapper csv = new CsvMapper().enable(CsvParser.Feature.TRIM_SPACES);
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8);
             MappingIterator<Map<String, String>> rows = csv.readerFor(Map.class).with(CsvSchema.emptySchema().withHeader()).readValues(reader)) {
            while (rows.hasNext()) {
                Map<String, String> row = withoutByteOrderMark(rows.next());
                if (!"Local authority".equals(row.get("geographic_level"))) {
                    continue;
                }
                String codes = row.getOrDefault("new_la_code", "");
                String numbers = row.getOrDefault("old_la_code", "");
                List<String> codeParts = parts(codes);
                List<String> numberParts = parts(numbers);
                codeParts.forEach(code -> authorityNumbers.computeIfAbsent(code, key -> new HashSet<>()).addAll(numberParts));
                int year = Integer.parseInt(row.get("time_period").trim());
                List<String> nameParts = parts(row.getOrDefault("la_name", ""));
                if (nameParts.size() == codeParts.size()) {
                    for (int index = 0; index < codeParts.size(); index++) {
                        String code = codeParts.get(index);
                        String name = nameParts.get(index);
                        names.merge(code, name, (kept, other) -> kept);
                    }
                }
                if (measures.stream().anyMatch(measure -> measure.dataset() == Dataset.WORKFORCE)) {
                    workforceAuthorities.computeIfAbsent(year, key -> new HashSet<>()).addAll(codeParts);
                }
                String name = row.get("la_name");
                if (name != null && !name.isBlank() && codeParts.size() == 1) {
                    codesByName.computeIfAbsent(AuthorityName.normalised(name), key -> new TreeMap<>()).put(year, codeParts.get(0));
                }
                for (Measure measure : measures) {
                    if (!measure.rows().test(row)) {
                        continue;
                    }
                    Double value = number(row.get(measure.column()));
                    if (value == null) {
                        continue;
                    }
                    Figure figure = new Figure(measure.field(), value, measure.dataset(), year, measure.dataset().publishedBy(year), file, codes);
                    distributions.computeIfAbsent(measure.field(), k -> new HashMap<>()).computeIfAbsent(year, k -> new ArrayList<>()).add(value);
                    for (String key : concat(codeParts, numberParts)) {
                        figures.computeIfAbsent(key, k -> new EnumMap<>(EvidenceField.class))
                                .computeIfAbsent(measure.field(), k -> new TreeMap<>())
                                .merge(year, figure, (one, other) -> one.joint() ? other : one);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": the DfE statistics folder is expected to hold " + file, e);
        }
    }

    /** Figures the DfE suppressed or could not give (c, k, u, x, z, low …) are simply absent. */
    private static Double number(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(text.trim());
        } catch (NumberFormatException suppressed) {
            return null;
        }
    }

    private static List<String> parts(String joined) {
        return Arrays.stream(joined.split("/")).map(String::trim).filter(part -> !part.isEmpty()).toList();
    }

    private static List<String> concat(List<String> one, List<String> other) {
        List<String> all = new ArrayList<>(one);
        all.addAll(other);
        return all;
    }

    private static Map<String, String> withoutByteOrderMark(Map<String, String> row) {
        if (row.keySet().stream().noneMatch(key -> key.startsWith("\uFEFF"))) {
            return row;
        }
        Map<String, String> cleaned = new HashMap<>();
        row.forEach((key, value) -> cleaned.put(key.replace("\uFEFF", ""), value));
        return cleaned;
    }
}

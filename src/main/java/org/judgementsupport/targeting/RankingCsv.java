package org.judgementsupport.targeting;

import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A ranking as a spreadsheet: one row per authority, its points and concerns spelt out. Texts that a spreadsheet would
 * read as a formula (starting =, +, -, @, a tab or a carriage return) are prefixed with an apostrophe, as OWASP's
 * CSV-injection guidance advises: names and rule names come from files and workbooks anyone could edit.
 */
public final class RankingCsv {

    static final List<String> COLUMNS = List.of("rank", "localAuthorityCode", "localAuthorityName", "score", "points", "concerns",
            "worsenedSinceYearBefore", "lastInspectionFramework", "lastInspectionStarted", "lastOverallGrade", "monthsSinceLastInspection",
            "positionAmongStatisticalNeighbours", "asOf", "ruleSetVersion");

    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();

    private RankingCsv() {
    }

    public static String write(Ranking ranking) {
        List<String[]> rows = new ArrayList<>();
        rows.add(COLUMNS.toArray(String[]::new));
        for (Ranking.RankedAuthority authority : ranking.authorities()) {
            Ranking.LastInspection last = authority.lastInspection();
            Ranking.Neighbours neighbours = authority.neighbours();
            rows.add(new String[] {
                    String.valueOf(authority.rank()),
                    text(authority.localAuthorityCode()),
                    text(authority.localAuthorityName()),
                    String.valueOf(authority.score()),
                    text(authority.points().stream().map(point -> "+" + point.points() + " " + point.row() + ": " + point.forWhat())
                            .collect(Collectors.joining("; "))),
                    text(authority.concerns().stream().map(concern -> concern.rule() + " (" + concern.value() + ")").collect(Collectors.joining("; "))),
                    text(authority.worsened().stream().map(worse -> worse.label() + " " + worse.worseningPct() + "% worse")
                            .collect(Collectors.joining("; "))),
                    last == null ? "" : last.framework(),
                    last == null ? "" : last.inspected().toString(),
                    last == null ? "" : last.overall().ofstedWording(),
                    last == null ? "" : String.valueOf(last.monthsAgo()),
                    neighbours.position() == null ? "" : neighbours.position() + " of " + neighbours.of(),
                    ranking.asOf().toString(),
                    ranking.ruleSetVersion()});
        }
        StringWriter out = new StringWriter();
        try {
            CSV.writerFor(String[][].class).with(CsvSchema.emptySchema()).writeValue(out, rows.toArray(String[][]::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A text cell a spreadsheet will show as text, never run as a formula. */
    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + value : value;
    }
}

package org.judgementsupport.moderation;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * CSV for panels' spreadsheets: rows of text, quoted only where a cell needs it, and never a formula. A cell a
 * spreadsheet would run as a formula (starting with = + - @, a tab or a carriage return, as OWASP's guidance on CSV
 * injection lists, or their full-width forms) is written with a leading apostrophe, which spreadsheets show as text
 * and do not display; plain numbers, negative ones included, are left as they are.
 */
final class CsvText {

    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();
    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");
    private static final String FORMULA_STARTS = "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20";

    private CsvText() {
    }

    static String write(List<String[]> rows) {
        StringWriter out = new StringWriter();
        String[][] safe = rows.stream().map(row -> Arrays.stream(row).map(CsvText::cell).toArray(String[]::new)).toArray(String[][]::new);
        try {
            CSV.writerFor(String[][].class).with(CsvSchema.emptySchema()).writeValue(out, safe);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** CSV written before cells were made safe, written again so that it is: what was stored is served safely too. */
    static String rewrite(String csv) {
        List<String[]> rows = new ArrayList<>();
        try (MappingIterator<String[]> iterator = CSV.readerFor(String[].class).with(CsvParser.Feature.WRAP_AS_ARRAY).readValues(csv)) {
            iterator.forEachRemaining(rows::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return write(rows);
    }

    /** A cell as a spreadsheet will show it, never as a formula it would run. */
    static String cell(String value) {
        if (value == null || value.isEmpty() || NUMBER.matcher(value).matches()) {
            return value;
        }
        String trimmed = value.stripLeading();
        boolean formula = FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 || (!trimmed.isEmpty() && FORMULA_STARTS.indexOf(trimmed.charAt(0)) >= 0);
        return formula ? "'" + value : value;
    }
}

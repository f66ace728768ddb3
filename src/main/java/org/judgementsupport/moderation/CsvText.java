package org.judgementsupport.moderation;

import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/** CSV for panels' spreadsheets: rows of text, quoted only where a cell needs it. */
final class CsvText {

    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();

    private CsvText() {
    }

    static String write(List<String[]> rows) {
        StringWriter out = new StringWriter();
        try {
            CSV.writerFor(String[][].class).with(CsvSchema.emptySchema()).writeValue(out, rows.toArray(String[][]::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}

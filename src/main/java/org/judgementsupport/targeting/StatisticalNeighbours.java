package org.judgementsupport.targeting;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Each authority's ten statistical neighbours, by the DfE's three-digit authority numbers, from the April 2021
 * groupings ({@code dfe/New_Statistical_Neighbour_Groupings_April_2021.csv}). Authorities formed since (Cumberland,
 * Westmorland and Furness) have none there.
 */
final class StatisticalNeighbours {

    static final String FILE = "dfe/New_Statistical_Neighbour_Groupings_April_2021.csv";
    /** The file's columns: the authority number first, then SN1 in the sixth column and every other column after it. */
    private static final int FIRST_NEIGHBOUR_COLUMN = 5;
    private static final int NEIGHBOURS = 10;

    private final Map<String, List<String>> byNumber;

    private StatisticalNeighbours(Map<String, List<String>> byNumber) {
        this.byNumber = byNumber;
    }

    static StatisticalNeighbours read(Path dataFolder) {
        Path file = dataFolder.resolve(FILE);
        Map<String, List<String>> byNumber = new HashMap<>();
        CsvMapper csv = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY).enable(CsvParser.Feature.TRIM_SPACES);
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             MappingIterator<String[]> rows = csv.readerFor(String[].class).readValues(reader)) {
            boolean header = true;
            while (rows.hasNext()) {
                String[] row = rows.next();
                if (header) {
                    header = false;
                    continue;
                }
                if (row.length < FIRST_NEIGHBOUR_COLUMN + 2 * (NEIGHBOURS - 1) + 1 || !row[0].trim().matches("\\d{3}")) {
                    continue;
                }
                List<String> neighbours = new ArrayList<>();
                for (int index = 0; index < NEIGHBOURS; index++) {
                    String number = row[FIRST_NEIGHBOUR_COLUMN + 2 * index].trim();
                    if (number.matches("\\d{3}")) {
                        neighbours.add(number);
                    }
                }
                byNumber.put(row[0].trim(), List.copyOf(neighbours));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return new StatisticalNeighbours(byNumber);
    }

    /** The neighbours' authority numbers, closest first; empty when the number has none. */
    List<String> of(String authorityNumber) {
        return byNumber.getOrDefault(authorityNumber, List.of());
    }
}

package org.judgementsupport.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** No cell the service writes is a formula a spreadsheet would run; numbers and ordinary text read as they are. */
class CsvTextTest {

    @Test
    void aCellAFormulaWouldStartWithIsWrittenAsText() {
        for (String formula : List.of("=HYPERLINK(\"http://evil\",\"click\")", "+1+1", "-2+3+cmd|' /C calc'!A0", "@SUM(A1:A2)", "\t=1", "\r=1",
                " =1+1", "\uFF1D1+1")) {
            assertThat(CsvText.cell(formula)).as(formula).isEqualTo("'" + formula);
        }
    }

    @Test
    void numbersAndOrdinaryTextAreLeftReadable() {
        for (String plain : List.of("-0.1234", "42", "+7", "1.5e3", "Northshire 2024", "GOOD", "Fewer than 80% of missing children", "")) {
            assertThat(CsvText.cell(plain)).isEqualTo(plain);
        }
    }

    @Test
    void storedCsvIsRewrittenSafelyAndCellsWithCommasOrQuotesSurvive() {
        String stored = "caseId,area\n\"=1+1\",GOOD\n\"a, \"\"quoted\"\" name\",-0.5\n";

        assertThat(CsvText.rewrite(stored)).isEqualTo("caseId,area\n'=1+1,GOOD\n\"a, \"\"quoted\"\" name\",-0.5\n");
        assertThat(CsvText.rewrite(CsvText.rewrite(stored))).as("rewriting twice changes nothing more").isEqualTo(CsvText.rewrite(stored));
    }
}

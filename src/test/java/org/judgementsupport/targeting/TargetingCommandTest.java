package org.judgementsupport.targeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.judgementsupport.realdata.SharedData;
import org.junit.jupiter.api.Test;

/** ./targeting: the ranking as CSV for a date, and clear refusals of a wrong command. */
class TargetingCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void theRankingAsOfADateIsWrittenAsCsv() throws Exception {
        int exit = run("2024-04-01", "--csv", "--data", SharedData.dataFolder().toString());

        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(exit).isZero();
        assertThat(lines.get(0)).isEqualTo(String.join(",", RankingCsv.COLUMNS));
        assertThat(lines).hasSizeBetween(151, 156);
        assertThat(lines.get(1)).startsWith("1,");
    }

    @Test
    void aWrongCommandSaysHowToWriteIt() throws Exception {
        assertThat(run("2024-04-01")).as("no data folder").isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: ./targeting");
        assertThat(run("1 April 2024", "--data", SharedData.dataFolder().toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("is not a date: give it as yyyy-mm-dd");
        assertThat(run("2015-01-01", "--data", SharedData.dataFolder().toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Nothing can be ranked before 2018-03-02");
    }

    @Test
    void textThatASpreadsheetWouldRunIsWrittenAsText() {
        assertThat(RankingCsv.text("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(RankingCsv.text("-1+2")).isEqualTo("'-1+2");
        assertThat(RankingCsv.text("Barking and Dagenham")).isEqualTo("Barking and Dagenham");
    }

    private int run(String... arguments) throws Exception {
        return TargetingCommand.run(arguments, null, Path.of("").toAbsolutePath(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}

package org.judgementsupport.realdata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.judgementsupport.evidence.EvidenceReader;
import org.junit.jupiter.api.Test;

/** ./real-data: evidence and a corpus as JSON that the service reads back exactly. */
class RealDataCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void theCorpusIsEveryInspectionWithEvidenceTheServiceReadsBackUnchanged() throws Exception {
        int code = run("corpus", "--data", SharedData.dataFolder().toString());

        assertThat(code).isZero();
        JsonNode corpus = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        RealData data = RealData.read(SharedData.dataFolder());
        assertThat(corpus.path("cases").size()).isEqualTo(data.inspections());
        EvidenceReader reader = EvidenceReader.standalone();
        List<RealCase> built = data.cases(false);
        for (int index = 0; index < corpus.path("cases").size(); index++) {
            assertThat(reader.read(corpus.path("cases").get(index).path("evidence"))).isEqualTo(built.get(index).evidence());
        }
    }

    @Test
    void evidenceForAnAuthorityIsPrinted() throws Exception {
        int code = run("evidence", "E08000038", "2024-06-01", "--data", SharedData.dataFolder().toString());

        assertThat(code).isZero();
        JsonNode answer = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(answer.at("/evidence/workforce/caseloadPerSocialWorker").asDouble()).isEqualTo(14.1);
        assertThat(answer.at("/sources/0/reportedFor").asText()).as("Barnsley's old code").isEqualTo("E08000016");
    }

    @Test
    void mistakesGetAUsageMessageAndNothingOnStandardOutput() throws Exception {
        assertThat(run("corpus")).isEqualTo(2);
        assertThat(run("evidence", "E09000002", "10/07/2023", "--data", SharedData.dataFolder().toString())).isEqualTo(2);
        assertThat(run("evidence", "E09999999", "2023-07-10", "--data", SharedData.dataFolder().toString())).isEqualTo(1);
        assertThat(out.size()).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage:", "yyyy-mm-dd", "Nothing is published for E09999999");
    }

    private int run(String... arguments) throws Exception {
        return RealDataCommand.run(arguments, null, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}

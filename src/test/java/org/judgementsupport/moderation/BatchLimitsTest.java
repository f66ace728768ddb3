package org.judgementsupport.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.judgementsupport.evidence.EvidenceReader;
import org.junit.jupiter.api.Test;

/** Batches are read a case at a time, refused past the limit before the rest is read, and their problems listed up to a limit. */
class BatchLimitsTest {

    private static final String HEADER = "caseId,localAuthority.code,inspection.startDate,helpAndProtection.practiceQuality,recorded.HELP_AND_PROTECTION\n";

    private final EvidenceReader reader = EvidenceReader.standalone();

    @Test
    void aCsvBatchOverTheLimitIsRefusedAsSoonAsTheLimitIsPassedWithoutReadingTheRest() {
        CountingStream csv = new CountingStream(csv(60_000, "E09000002"));

        BatchTooLargeException refused = catchThrowableOfType(() -> ModerationBatches.fromCsv(csv, reader, 1_000), BatchTooLargeException.class);

        assertThat(refused).isNotNull();
        assertThat(refused.maxCases()).isEqualTo(1_000);
        assertThat(csv.read).as("bytes read before refusing").isLessThan(csv.size / 10);
    }

    @Test
    void aJsonBatchOverTheLimitIsRefusedAsSoonAsTheLimitIsPassedWithoutReadingTheRest() {
        StringBuilder json = new StringBuilder("{\"cases\": [");
        for (int index = 0; index < 20_000; index++) {
            json.append(index == 0 ? "" : ",").append("{\"caseId\": \"c").append(index).append("\", \"evidence\": {\"localAuthority\": {\"code\": \"E09000002\"}, ")
                    .append("\"inspection\": {\"startDate\": \"2024-05-13\"}}, \"recordedGrades\": {\"HELP_AND_PROTECTION\": \"GOOD\"}}");
        }
        CountingStream body = new CountingStream(json.append("]}").toString());

        BatchTooLargeException refused = catchThrowableOfType(() -> ModerationBatches.fromJson(body, new ObjectMapper(), reader, 1_000),
                BatchTooLargeException.class);

        assertThat(refused).isNotNull();
        assertThat(body.read).isLessThan(body.size / 10);
    }

    @Test
    void aBatchAtTheLimitIsRead() {
        assertThat(ModerationBatches.fromCsv(new CountingStream(csv(1_000, "E09000002")), reader, 1_000)).hasSize(1_000);
    }

    @Test
    void aBatchWithThousandsOfWrongRowsListsTheFirstThousandProblemsAndCountsThemAll() {
        BatchRejectedException rejected = catchThrowableOfType(() -> ModerationBatches.fromCsv(new CountingStream(csv(1_500, "X1")), reader, 10_000),
                BatchRejectedException.class);

        assertThat(rejected.total()).isEqualTo(1_500);
        assertThat(rejected.problems()).hasSize(1_000);
    }

    @Test
    void caseIdsArePlainTextOfAReadableLength() {
        String csv = HEADER + "\"Hull \u202Eevil\",E09000002,2024-05-13,CONSISTENTLY_EFFECTIVE,GOOD\n" + "x".repeat(201) + ",E09000002,2024-05-13,,GOOD\n";

        BatchRejectedException rejected = catchThrowableOfType(() -> ModerationBatches.fromCsv(new CountingStream(csv), reader, 10),
                BatchRejectedException.class);

        assertThat(rejected.problems()).extracting(ModerationBatches.CaseProblem::field).containsExactly("caseId", "caseId");
        assertThat(rejected.problems()).extracting(ModerationBatches.CaseProblem::reason)
                .anySatisfy(reason -> assertThat(reason).contains("U+202E"))
                .anySatisfy(reason -> assertThat(reason).contains("at most 200 characters"));
    }

    private static String csv(int rows, String code) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int row = 0; row < rows; row++) {
            csv.append("Case ").append(row).append(',').append(code).append(",2024-05-13,CONSISTENTLY_EFFECTIVE,GOOD\n");
        }
        return csv.toString();
    }

    /** Counts the bytes a reader takes. */
    private static final class CountingStream extends InputStream {
        private final InputStream bytes;
        private final int size;
        private long read;

        CountingStream(String text) {
            byte[] content = text.getBytes(StandardCharsets.UTF_8);
            this.bytes = new ByteArrayInputStream(content);
            this.size = content.length;
        }

        @Override
        public int read() throws IOException {
            int next = bytes.read();
            read += next < 0 ? 0 : 1;
            return next;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int count = bytes.read(buffer, offset, length);
            read += Math.max(0, count);
            return count;
        }
    }
}

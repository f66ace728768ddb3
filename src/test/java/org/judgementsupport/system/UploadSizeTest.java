package org.judgementsupport.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.judgementsupport.security.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One setting says how large any upload may be: judgement-support.limits.max-batch-body, which holds JSON batches,
 * CSV batches and rule-file uploads alike, each refused with 413 before anything is read or stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "judgement-support.limits.max-batch-body=64KB")
class UploadSizeTest {

    private static final String BOUNDARY = "upload-size-boundary";
    private static final int OVER_THE_LIMIT = 100 * 1024;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aCsvBatchOverTheLimitIsRefusedWith413() throws Exception {
        StringBuilder csv = new StringBuilder("caseId,localAuthority.code,inspection.startDate,recorded.HELP_AND_PROTECTION\n");
        for (int row = 0; csv.length() < OVER_THE_LIMIT; row++) {
            csv.append("case ").append(row).append(",E09000002,2024-05-13,GOOD\n");
        }
        long reports = count("moderation_report");

        assertTooLarge(send("/api/v1/moderation/reports", "file", "batch.csv", csv.toString().getBytes(StandardCharsets.UTF_8), TestAccounts.MODERATOR));
        assertThat(count("moderation_report")).isEqualTo(reports);
    }

    @Test
    void aRuleFileUploadOverTheLimitIsRefusedWith413Too() throws Exception {
        long versions = count("rule_set_version");

        assertTooLarge(send("/api/v1/rulesets/validate?comment=large", "rules/large.drl", "rules/large.drl",
                ("package rules;\n" + "// a comment\n".repeat(OVER_THE_LIMIT / 13)).getBytes(StandardCharsets.UTF_8), TestAccounts.POLICY));
        assertThat(count("rule_set_version")).isEqualTo(versions);
    }

    private RawHttp.Response send(String path, String field, String fileName, byte[] content, String account) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return new RawHttp(port).send("POST", path, body.toByteArray(), "Authorization: " + TestAccounts.basic(account),
                "Content-Type: multipart/form-data; boundary=" + BOUNDARY);
    }

    private void assertTooLarge(RawHttp.Response response) throws Exception {
        assertThat(response.status()).as(response.body()).isEqualTo(413);
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.path("type").asText()).isEqualTo("/problems/request-too-large");
        assertThat(problem.path("detail").asText()).contains("nothing was read or stored");
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}

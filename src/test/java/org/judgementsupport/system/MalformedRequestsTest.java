package org.judgementsupport.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.judgementsupport.security.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Requests broken below the level of any one endpoint: an unreadable multipart body, a header with control
 * characters, an address the firewall refuses. Each is a 400 problem, like any other bad request, and nothing is stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MalformedRequestsTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void multipartWithoutABoundaryIsABadRequestNamingTheContentTypeAtEveryEndpoint() throws Exception {
        RawHttp http = new RawHttp(port);
        for (String[] call : List.of(new String[] {"GET", "/api/v1/frameworks"}, new String[] {"POST", "/api/v1/judgements"},
                new String[] {"POST", "/api/v1/moderation/reports"}, new String[] {"POST", "/api/v1/rulesets/validate"},
                new String[] {"POST", "/api/v1/users/me/password"})) {
            RawHttp.Response response = http.send(call[0], call[1], "--x\r\n".getBytes(StandardCharsets.US_ASCII),
                    "Authorization: " + TestAccounts.basic(TestAccounts.EVERYTHING), "Content-Type: multipart/form-data");

            assertThat(response.status()).as(call[1] + ": " + response.body()).isEqualTo(400);
            JsonNode problem = json.readTree(response.body());
            assertThat(problem.path("type").asText()).isEqualTo("/problems/malformed-multipart");
            assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("Content-Type");
        }
    }

    @Test
    void aHeaderWithControlCharactersIsABadRequestAsProblemDetailsAndNothingIsStored() throws Exception {
        long before = jdbc.sql("select count(*) from judgement_record").query(Long.class).single();
        byte[] evidence = "{\"localAuthority\": {\"code\": \"E09000002\"}, \"inspection\": {\"startDate\": \"2024-05-13\"}}".getBytes(StandardCharsets.UTF_8);

        RawHttp.Response response = new RawHttp(port).send("POST", "/api/v1/judgements", evidence,
                "Authorization: " + TestAccounts.basic(TestAccounts.EVERYTHING), "Content-Type: application/json", "Idempotency-Key: a\u0001b");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(json.readTree(response.body()).path("type").asText()).isEqualTo("/problems/bad-request");
        assertThat(jdbc.sql("select count(*) from judgement_record").query(Long.class).single()).isEqualTo(before);

        RawHttp.Response inTheAddress = new RawHttp(port).send("GET", "/api/v1/users/a\u0001b",
                "Authorization: " + TestAccounts.basic(TestAccounts.ADMIN));
        assertThat(inTheAddress.status()).isEqualTo(400);
        assertThat(inTheAddress.contentType()).startsWith("application/problem+json");
    }

    @Test
    void addressesThatDisguiseOnePathAsAnotherAreRefusedAsProblemDetails() throws Exception {
        RawHttp http = new RawHttp(port);
        for (String path : List.of("/api/v1/users/me%2F..%2Fadministrator/roles", "/api/v1/users/me/%2e%2e/administrator/roles",
                "/api/v1/users/me;x=1/roles", "/api/v1//users/administrator/roles")) {
            RawHttp.Response response = http.send("PUT", path, "{\"roles\": [\"ADMIN\"]}".getBytes(StandardCharsets.UTF_8),
                    "Authorization: " + TestAccounts.basic(TestAccounts.INSPECTOR), "Content-Type: application/json");

            assertThat(response.status()).as(path).isEqualTo(400);
            assertThat(response.contentType()).as(path).startsWith("application/problem+json");
            assertThat(json.readTree(response.body()).path("detail").asText()).as(path).contains("Nothing was read or changed");
        }
    }
}

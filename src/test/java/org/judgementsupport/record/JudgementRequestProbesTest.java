package org.judgementsupport.record;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.UUID;
import org.judgementsupport.security.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Judgement requests as an attacker would send them: another user's idempotency key, keys too long or odd, JSON
 * that could mean two things. Each is answered with a problem naming the field; nothing is stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class JudgementRequestProbesTest {

    private static final String EVIDENCE = """
            {"localAuthority": {"code": "E09000002"}, "inspection": {"startDate": "2024-05-13"}}""";

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcClient jdbc;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void anotherUsersIdempotencyKeyGivesYouYourOwnJudgementNotTheirs() throws Exception {
        String key = UUID.randomUUID().toString();

        JsonNode theirs = json.readTree(judge(TestAccounts.INSPECTOR, EVIDENCE, key).getBody());
        ResponseEntity<String> mineResponse = judge(TestAccounts.OTHER_INSPECTOR, EVIDENCE, key);
        JsonNode mine = json.readTree(mineResponse.getBody());
        ResponseEntity<String> myRetry = judge(TestAccounts.OTHER_INSPECTOR, EVIDENCE, key);

        assertThat(mineResponse.getStatusCode().value()).isEqualTo(201);
        assertThat(mineResponse.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("false");
        assertThat(mine.path("id").asText()).isNotEqualTo(theirs.path("id").asText());
        assertThat(mine.path("recordedBy").asText()).isEqualTo(TestAccounts.OTHER_INSPECTOR);
        assertThat(myRetry.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(json.readTree(myRetry.getBody()).path("id").asText()).isEqualTo(mine.path("id").asText());
    }

    @Test
    void anIdempotencyKeyTooLongOrWithCharactersOutsideTheAllowlistIsABadRequestNamingTheHeader() throws Exception {
        for (String key : new String[] {"k".repeat(256), "k".repeat(201), "has space", "caf\u00e9", "tab\tin", "quote\"d", "semi;colon"}) {
            long before = count();

            ResponseEntity<String> response = judge(TestAccounts.INSPECTOR, EVIDENCE, key);

            assertThat(response.getStatusCode().value()).as(key).isEqualTo(400);
            JsonNode problem = json.readTree(response.getBody());
            assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("Idempotency-Key");
            assertThat(problem.path("detail").asText()).contains("1 to 200 characters");
            assertThat(count()).as("nothing stored").isEqualTo(before);
        }
        assertThat(judge(TestAccounts.INSPECTOR, EVIDENCE, "k".repeat(200)).getStatusCode().value()).isEqualTo(201);
    }

    @Test
    void jsonThatCouldMeanTwoThingsIsRefusedNamingTheFieldAndNothingIsStored() throws Exception {
        Map<String, String> probes = Map.of(
                "leadership.practiceQuality", """
                        {"localAuthority": {"code": "E09000002"}, "inspection": {"startDate": "2024-05-13"},
                         "leadership": {"practiceQuality": "EXCEPTIONAL", "practiceQuality": "WIDESPREAD_OR_SERIOUS_FAILURES"}}""",
                "helpAndProtection.practiceQuality", """
                        {"localAuthority": {"code": "E09000002"}, "inspection": {"startDate": "2024-05-13"},
                         "helpAndProtection": {"practiceQuality": 0}}""",
                "inspection.startDate", """
                        {"localAuthority": {"code": "E09000002"}, "inspection": {"startDate": "9999-05-13"}}""",
                "localAuthority.name", """
                        {"localAuthority": {"code": "E09000002", "name": "Barking \\u202Emahnegad"}, "inspection": {"startDate": "2024-05-13"}}""");
        for (Map.Entry<String, String> probe : probes.entrySet()) {
            long before = count();

            ResponseEntity<String> response = judge(TestAccounts.INSPECTOR, probe.getValue(), null);

            assertThat(response.getStatusCode().value()).as(probe.getKey() + ": " + response.getBody()).isEqualTo(400);
            assertThat(json.readTree(response.getBody()).path("errors").path(0).path("field").asText()).as(response.getBody()).isEqualTo(probe.getKey());
            assertThat(count()).as("nothing stored").isEqualTo(before);
        }
        ResponseEntity<String> dateTime = judge(TestAccounts.INSPECTOR, """
                {"localAuthority": {"code": "E09000002"}, "inspection": {"startDate": "2024-05-13T09:00:00Z"}}""", null);
        assertThat(dateTime.getStatusCode().value()).isEqualTo(400);
        ResponseEntity<String> trailing = judge(TestAccounts.INSPECTOR, EVIDENCE + " {\"inspection\": {}}", null);
        assertThat(trailing.getStatusCode().value()).as(trailing.getBody()).isEqualTo(400);
    }

    @Test
    void aNumberForARoleIsRefusedNamingTheField() throws Exception {
        ResponseEntity<String> response = http.withBasicAuth(TestAccounts.ADMIN, TestAccounts.password(TestAccounts.ADMIN))
                .exchange("/api/v1/users/" + TestAccounts.INSPECTOR + "/roles", org.springframework.http.HttpMethod.PUT,
                        new HttpEntity<>("{\"roles\": [3]}", jsonHeaders()), String.class);

        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(400);
        assertThat(json.readTree(response.getBody()).path("errors").path(0).path("field").asText()).as(response.getBody()).isEqualTo("roles[0]");
    }

    private ResponseEntity<String> judge(String user, String body, String key) {
        HttpHeaders headers = jsonHeaders();
        if (key != null) {
            headers.set("Idempotency-Key", key);
        }
        return http.withBasicAuth(user, TestAccounts.password(user)).postForEntity("/api/v1/judgements", new HttpEntity<>(body, headers), String.class);
    }

    private static HttpHeaders jsonHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return headers;
    }

    private long count() {
        return jdbc.sql("select count(*) from judgement_record").query(Long.class).single();
    }
}

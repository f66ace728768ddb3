package org.judgementsupport.realdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import org.judgementsupport.security.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Evidence and a corpus from the configured statistics, and the corpus straight into a consistency report. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class RealDataApiTest {

    @DynamicPropertySource
    static void statistics(DynamicPropertyRegistry properties) {
        properties.add("judgement-support.real-data.folder", () -> SharedData.dataFolder().toString());
    }

    @Autowired
    TestRestTemplate http;

    /** Signed in with every role: these tests are about what the service does, not who may ask (see AccessControlTest). */
    @BeforeEach
    void signIn() {
        http = http.withBasicAuth(TestAccounts.EVERYTHING, TestAccounts.password(TestAccounts.EVERYTHING));
    }

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void evidenceForAnAuthorityUsesTheFiguresPublishedBeforeTheDateAndSaysWhereEachCameFrom() throws Exception {
        JsonNode answer = json.readTree(http.getForObject("/api/v1/real-data/evidence?localAuthority=E09000002&asOf=2023-07-10", String.class));

        assertThat(answer.at("/evidence/localAuthority/name").asText()).isEqualTo("Barking and Dagenham");
        assertThat(answer.at("/evidence/workforce/caseloadPerSocialWorker").asDouble()).isEqualTo(16.5);
        assertThat(answer.at("/evidence/inspection/previousOverallGrade").asText()).as("Ofsted's 2019 grade").isEqualTo("REQUIRES_IMPROVEMENT");
        assertThat(answer.path("sources")).anySatisfy(source -> {
            assertThat(source.path("evidence").asText()).isEqualTo("workforce.caseloadPerSocialWorker");
            assertThat(source.path("year").asInt()).isEqualTo(2022);
            assertThat(source.path("file").asText()).isEqualTo("dfe/csww_indicators_2017_to_2025.csv");
        });
    }

    @Test
    void evidenceCanBeJudgedAsItIs() throws Exception {
        JsonNode evidence = json.readTree(http.getForObject("/api/v1/real-data/evidence?localAuthority=E08000025&asOf=2024-09-02", String.class))
                .path("evidence");

        ResponseEntity<String> judged = http.postForEntity("/api/v1/judgements", jsonBody(evidence.toString()), String.class);

        assertThat(judged.getStatusCode().value()).as(judged.getBody()).isEqualTo(201);
    }

    @Test
    void badParametersAreRefusedNamingTheParameter() throws Exception {
        ResponseEntity<String> badCode = http.getForEntity("/api/v1/real-data/evidence?localAuthority=Barking&asOf=2023-07-10", String.class);
        ResponseEntity<String> badDate = http.getForEntity("/api/v1/real-data/evidence?localAuthority=E09000002&asOf=10/07/2023", String.class);
        ResponseEntity<String> noDate = http.getForEntity("/api/v1/real-data/evidence?localAuthority=E09000002", String.class);
        ResponseEntity<String> unknown = http.getForEntity("/api/v1/real-data/evidence?localAuthority=E09999999&asOf=2023-07-10", String.class);

        assertThat(badCode.getStatusCode().value()).isEqualTo(400);
        assertThat(json.readTree(badCode.getBody()).at("/errors/0/field").asText()).isEqualTo("localAuthority");
        assertThat(badDate.getStatusCode().value()).isEqualTo(400);
        assertThat(json.readTree(badDate.getBody()).at("/errors/0/field").asText()).isEqualTo("asOf");
        assertThat(json.readTree(badDate.getBody()).at("/errors/0/reason").asText()).contains("yyyy-mm-dd");
        assertThat(json.readTree(noDate.getBody()).at("/errors/0/reason").asText()).isEqualTo("is required");
        assertThat(unknown.getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void theCorpusIsAModerationBatchThatGoesStraightIntoAConsistencyReport() throws Exception {
        String corpus = http.getForObject("/api/v1/real-data/corpus?practiceFromRecordedGrades=true", String.class);
        assertThat(json.readTree(corpus).path("cases").size()).isEqualTo(RealData.read(SharedData.dataFolder()).inspections());

        ResponseEntity<String> accepted = http.postForEntity("/api/v1/moderation/reports", jsonBody(corpus), String.class);

        assertThat(accepted.getStatusCode().value()).as(accepted.getBody()).isEqualTo(202);
        String location = accepted.getHeaders().getLocation().toString();
        await().atMost(Duration.ofSeconds(60)).until(() -> json.readTree(http.getForObject(location, String.class)).path("status").asText().equals("COMPLETE"));
        JsonNode overall = json.readTree(http.getForObject(location, String.class)).at("/report/areas/0");
        assertThat(overall.path("area").asText()).isEqualTo("OVERALL_EFFECTIVENESS");
        assertThat(overall.at("/agreement/exact").asDouble()).isGreaterThan(0.95);
    }

    @Test
    void withoutAConfiguredFolderTheServiceSaysHowToConfigureOne() {
        assertThatThrownBy(() -> new RealDataFolder(new RealDataSettings(null)).data())
                .isInstanceOf(RealDataUnavailableException.class).hasMessageContaining("judgement-support.real-data.folder");
    }

    private static HttpEntity<String> jsonBody(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}

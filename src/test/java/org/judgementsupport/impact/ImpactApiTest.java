package org.judgementsupport.impact;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.judgementsupport.record.JudgementRecords;
import org.judgementsupport.realdata.OfstedOutcomes;
import org.judgementsupport.realdata.RealData;
import org.judgementsupport.realdata.SharedData;
import org.judgementsupport.ruleset.RuleFolderFixture;
import org.judgementsupport.ruleset.RuleSetRegistry;
import org.judgementsupport.security.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.LinkedMultiValueMap;

/** Policy staff validate a change, preview it over the stored judgements and the real cases, and nothing changes. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class ImpactApiTest {

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry properties) {
        Path rules = RuleFolderFixture.temporaryCopyOfRepository("impact-api").root();
        properties.add("judgement-support.rule-set.folder", rules::toString);
        properties.add("judgement-support.real-data.folder", () -> SharedData.dataFolder().toString());
    }

    @Autowired
    TestRestTemplate http;

    /** Signed in with every role: these tests are about what the service does, not who may ask (see AccessControlTest). */
    @BeforeEach
    void signIn() {
        http = http.withBasicAuth(TestAccounts.EVERYTHING, TestAccounts.password(TestAccounts.EVERYTHING));
    }

    @Autowired
    RuleSetRegistry registry;

    @Autowired
    JudgementRecords records;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void storedJudgementsNewlyCaughtByTheChangeAreListedAndNothingIsChanged() throws Exception {
        String caught = judge(19);
        String untouched = judge(14);
        String candidate = validatedCandidate();
        String inService = registry.active().version();
        long stored = records.count();

        ResponseEntity<String> response = http.postForEntity("/api/v1/rulesets/candidates/" + candidate.substring(0, 12) + "/impact", null, String.class);

        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        JsonNode report = json.readTree(response.getBody());
        assertThat(report.path("candidateVersion").asText()).isEqualTo(candidate);
        assertThat(report.path("activeVersion").asText()).isEqualTo(inService);
        assertThat(report.path("cases").asLong()).isEqualTo(stored);
        JsonNode changed = caseNamed(report, caught);
        assertThat(changed.toString()).contains("\"area\":\"IMPACT_OF_LEADERS\",\"before\":\"GOOD\",\"after\":\"REQUIRES_IMPROVEMENT\"");
        assertThat(changed.path("appeared").toString()).contains(CaseloadLimitChange.RULE);
        assertThat(caseNamed(report, untouched)).isNull();
        assertThat(registry.active().version()).isEqualTo(inService);
        assertThat(records.count()).isEqualTo(stored);
    }

    @Test
    void theRealCasesShowHowFarEachVersionAgreesWithOfsted() throws Exception {
        String candidate = validatedCandidate();

        JsonNode report = json.readTree(http.postForObject("/api/v1/rulesets/candidates/" + candidate
                + "/impact?corpus=real-cases&practiceFromRecordedGrades=true", null, String.class));

        assertThat(report.path("cases").asInt()).isEqualTo(RealData.read(SharedData.dataFolder()).inspections());
        JsonNode leaders = null;
        for (JsonNode area : report.path("areas")) {
            leaders = area.path("area").asText().equals("IMPACT_OF_LEADERS") ? area : leaders;
        }
        assertThat(leaders.path("recorded").asInt()).as("every ILACS inspection records the impact of leaders")
                .isEqualTo(OfstedOutcomes.read(SharedData.dataFolder()).size());
        assertThat(leaders.path("changed").asInt()).isPositive();
        assertThat(leaders.path("agreeingAfter").asInt()).as("a lower caseload limit caps authorities Ofsted graded good")
                .isLessThan(leaders.path("agreeingBefore").asInt());
        JsonNode rule = null;
        for (JsonNode one : report.path("rules")) {
            rule = one.path("rule").asText().equals(CaseloadLimitChange.RULE) ? one : rule;
        }
        assertThat(rule.path("firedAfter").asInt()).isGreaterThan(rule.path("firedBefore").asInt());
    }

    @Test
    void anUnknownCandidateOrCorpusIsAProblemNamingIt() throws Exception {
        ResponseEntity<String> unknown = http.postForEntity("/api/v1/rulesets/candidates/0000000000ff/impact", null, String.class);
        ResponseEntity<String> badCorpus = http.postForEntity("/api/v1/rulesets/candidates/" + registry.active().version()
                + "/impact?corpus=last-year", null, String.class);

        assertThat(unknown.getStatusCode().value()).isEqualTo(404);
        assertThat(badCorpus.getStatusCode().value()).isEqualTo(400);
        assertThat(json.readTree(badCorpus.getBody()).at("/errors/0/field").asText()).isEqualTo("corpus");
    }

    private JsonNode caseNamed(JsonNode report, String id) {
        for (JsonNode changed : report.path("changedCases")) {
            if (changed.path("caseId").asText().equals(id)) {
                return changed;
            }
        }
        return null;
    }

    private String judge(double caseload) throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        String evidence = """
                {"localAuthority": {"code": "E09000002"}, "inspection": {"startDate": "2024-05-13"},
                 "workforce": {"caseloadPerSocialWorker": %s}, "leadership": {"practiceQuality": "CONSISTENTLY_EFFECTIVE"}}""".formatted(caseload);
        return json.readTree(http.postForObject("/api/v1/judgements", new HttpEntity<>(evidence, headers), String.class)).path("id").asText();
    }

    private String validatedCandidate() throws Exception {
        LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        HttpHeaders fileHeaders = new HttpHeaders();
        fileHeaders.setContentDisposition(ContentDisposition.formData().name(CaseloadLimitChange.WORKBOOK).filename(CaseloadLimitChange.WORKBOOK).build());
        parts.add(CaseloadLimitChange.WORKBOOK, new HttpEntity<>(new ByteArrayResource(CaseloadLimitChange.changedWorkbook()), fileHeaders));
        parts.add("comment", "what would a lower caseload limit do?");
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        JsonNode report = json.readTree(http.postForObject("/api/v1/rulesets/validate", new HttpEntity<>(parts, headers), String.class));
        return report.path("version").asText();
    }
}

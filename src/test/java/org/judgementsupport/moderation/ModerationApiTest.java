package org.judgementsupport.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.judgementsupport.rulechange.ActivatedBy;
import org.judgementsupport.rulechange.CaseloadLimit;
import org.judgementsupport.rulechange.RuleSetChanges;
import org.judgementsupport.ruleset.RuleFolderFixture;
import org.judgementsupport.ruleset.RuleSetRegistry;
import org.judgementsupport.security.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.LinkedMultiValueMap;

/**
 * A panel submits a batch, watches it run, reads the report and downloads it; a wrong batch is refused whole. A report
 * is made with the rules in service when it was submitted, and says how close "similar evidence" is.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class ModerationApiTest {

    /** A copy of the rules: a version put into service is written back into the rule folder. */
    private static final Path FOLDER = RuleFolderFixture.temporaryCopyOfRepository("moderation-api").root();

    @DynamicPropertySource
    static void ruleFolder(DynamicPropertyRegistry properties) {
        properties.add("judgement-support.rule-set.folder", FOLDER::toString);
    }

    private static final String BATCH = """
            {"cases": [
              {"caseId": "Northshire 2024",
               "evidence": {"localAuthority": {"code": "E10000014"}, "inspection": {"startDate": "2024-05-13"},
                            "helpAndProtection": {"practiceQuality": "CONSISTENTLY_EFFECTIVE"},
                            "missingChildren": {"returnInterviewsOfferedPct": 40}},
               "recordedGrades": {"HELP_AND_PROTECTION": "GOOD"}},
              {"caseId": "Southshire 2024",
               "evidence": {"localAuthority": {"code": "E10000015"}, "inspection": {"startDate": "2024-06-03"},
                            "helpAndProtection": {"practiceQuality": "CONSISTENTLY_EFFECTIVE"}},
               "recordedGrades": {"HELP_AND_PROTECTION": "Good"}}
            ]}""";

    @Autowired
    TestRestTemplate http;

    /** Signed in with every role: these tests are about what the service does, not who may ask (see AccessControlTest). */
    @BeforeEach
    void signIn() {
        http = http.withBasicAuth(TestAccounts.EVERYTHING, TestAccounts.password(TestAccounts.EVERYTHING));
    }

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ModerationReportJobs jobs;

    @Autowired
    RuleSetChanges changes;

    @Autowired
    RuleSetRegistry registry;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aJsonBatchIsAcceptedRunAsAJobAndReported() throws Exception {
        ResponseEntity<String> accepted = http.postForEntity("/api/v1/moderation/reports", jsonBody(BATCH), String.class);

        assertThat(accepted.getStatusCode().value()).isEqualTo(202);
        String location = accepted.getHeaders().getLocation().toString();
        assertThat(json.readTree(accepted.getBody()).path("cases").asInt()).isEqualTo(2);

        JsonNode done = awaitComplete(location);
        assertThat(done.path("percentDone").asInt()).isEqualTo(100);
        assertThat(done.path("judged").asInt()).isEqualTo(2);
        JsonNode help = area(done.path("report"), "HELP_AND_PROTECTION");
        assertThat(help.path("recorded").asInt()).isEqualTo(2);
        assertThat(help.path("agreement").path("exact").asDouble()).isEqualTo(0.5);
        assertThat(done.path("report").path("triggersOnGoodOrOutstanding").get(0).path("caseId").asText()).isEqualTo("Northshire 2024");
        assertThat(done.path("report").path("disagreements").get(0).path("findings").toString())
                .contains("Fewer than half of missing children are offered a return interview");
    }

    @Test
    void aCompleteReportDownloadsAsJsonAndCsv() throws Exception {
        String location = http.postForEntity("/api/v1/moderation/reports", jsonBody(BATCH), String.class).getHeaders().getLocation().toString();
        JsonNode done = awaitComplete(location);

        ResponseEntity<String> reportJson = http.getForEntity(location + "/report.json", String.class);
        assertThat(reportJson.getHeaders().getContentDisposition().getFilename()).endsWith(".json");
        assertThat(json.readTree(reportJson.getBody())).isEqualTo(done.path("report"));

        ResponseEntity<String> cases = http.getForEntity(location + "/cases.csv", String.class);
        assertThat(cases.getHeaders().getContentType().toString()).startsWith("text/csv");
        List<String> lines = cases.getBody().lines().toList();
        assertThat(lines.get(0)).startsWith("caseId,area,recorded,provisional");
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("Northshire 2024,HELP_AND_PROTECTION,GOOD,INADEQUATE"));

        List<String> areas = http.getForEntity(location + "/areas.csv", String.class).getBody().lines().toList();
        assertThat(areas.get(0)).contains("weightedKappa", "recorded GOOD / provisional INADEQUATE", "recorded GOOD / not determined");
        assertThat(areas).anySatisfy(line -> assertThat(line).startsWith("HELP_AND_PROTECTION,2,2,0,0.5000,"));
    }

    @Test
    void aCsvBatchBuiltFromTheTemplateIsAccepted() throws Exception {
        String template = http.getForEntity("/api/v1/moderation/reports/template.csv", String.class).getBody();
        List<String> header = Arrays.asList(template.lines().findFirst().orElseThrow().split(","));
        assertThat(header).contains("caseId", "workforce.caseloadPerSocialWorker", "recorded.HELP_AND_PROTECTION");
        StringBuilder csv = new StringBuilder(template);
        csv.append(row(header, "caseId", "Second case", "localAuthority.code", "E06000001", "inspection.startDate", "2024-02-05",
                "workforce.caseloadPerSocialWorker", "31", "recorded.IMPACT_OF_LEADERS", "Requires improvement to be good"));

        ResponseEntity<String> accepted = http.postForEntity("/api/v1/moderation/reports", csvUpload(csv.toString()), String.class);

        assertThat(accepted.getStatusCode().value()).as(accepted.getBody()).isEqualTo(202);
        JsonNode done = awaitComplete(accepted.getHeaders().getLocation().toString());
        assertThat(done.path("cases").asInt()).isEqualTo(2);
        List<String> caseRows = http.getForEntity(accepted.getHeaders().getLocation() + "/cases.csv", String.class).getBody().lines().toList();
        assertThat(caseRows).anySatisfy(line -> assertThat(line).startsWith("Example 1,"));
        assertThat(caseRows).anySatisfy(line -> assertThat(line).startsWith("Second case,IMPACT_OF_LEADERS,REQUIRES_IMPROVEMENT"));
    }

    @Test
    void aBatchWithAnyWrongCaseIsRefusedWholeNamingEveryProblemAndNothingIsStored() throws Exception {
        long before = storedReports();
        String batch = """
                {"cases": [
                  {"caseId": "fine", "evidence": {"localAuthority": {"code": "E10000014"}, "inspection": {"startDate": "2024-05-13"}},
                   "recordedGrades": {"HELP_AND_PROTECTION": "GOOD"}},
                  {"caseId": "fine", "evidence": {"localAuthority": {"code": "E10000014"}, "inspection": {"startDate": "2024-05-13"},
                                                  "workforce": {"caseloadPerSocialWorker": "many"}},
                   "recordedGrades": {"HELP_AND_PROTECTION": "Very good", "CHILDREN_IN_NEED": "GOOD"}},
                  {"evidence": {"localAuthority": {"code": "E10000014"}, "inspection": {"startDate": "2016-05-13"}},
                   "recordedGrades": {"CARE_LEAVERS": "GOOD"}}
                ]}""";

        ResponseEntity<String> refused = http.postForEntity("/api/v1/moderation/reports", jsonBody(batch), String.class);

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        JsonNode problem = json.readTree(refused.getBody());
        assertThat(problem.path("type").asText()).isEqualTo("/problems/invalid-batch");
        List<String> errors = new ArrayList<>();
        problem.path("errors").forEach(error -> errors.add(error.path("caseId").asText() + " | " + error.path("field").asText()));
        assertThat(errors).contains("fine | caseId", "fine | evidence.workforce.caseloadPerSocialWorker",
                "fine | recordedGrades.HELP_AND_PROTECTION", "fine | recordedGrades.CHILDREN_IN_NEED", "case 3 | caseId");
        assertThat(storedReports()).isEqualTo(before);
    }

    @Test
    void aCsvWithAColumnTheTemplateDoesNotHaveIsRefused() throws Exception {
        ResponseEntity<String> refused = http.postForEntity("/api/v1/moderation/reports",
                csvUpload("caseId,caseload,recorded.HELP_AND_PROTECTION\nA,18,GOOD\n"), String.class);

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        JsonNode error = json.readTree(refused.getBody()).path("errors").get(0);
        assertThat(error.path("field").asText()).isEqualTo("caseload");
        assertThat(error.path("reason").asText()).contains("template.csv");
    }

    @Test
    void unknownReportsAreNotFound() throws Exception {
        ResponseEntity<String> missing = http.getForEntity("/api/v1/moderation/reports/" + UUID.randomUUID(), String.class);

        assertThat(missing.getStatusCode().value()).isEqualTo(404);
        assertThat(json.readTree(missing.getBody()).path("type").asText()).isEqualTo("/problems/not-found");
    }

    @Test
    void aReportARestartInterruptedIsRunAgainFromItsStoredInput() throws Exception {
        String location = http.postForEntity("/api/v1/moderation/reports", jsonBody(BATCH), String.class).getHeaders().getLocation().toString();
        awaitComplete(location);
        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        // As a restart finds it: still marked running, no report.
        jdbc.sql("update moderation_report set status = 'RUNNING', done = 1, report = null, cases_csv = null, completed_at = null where id = ?")
                .param(id).update();
        assertThat(http.getForEntity(location + "/report.json", String.class).getStatusCode().value()).isEqualTo(409);

        jobs.resumeInterrupted();

        assertThat(area(awaitComplete(location).path("report"), "HELP_AND_PROTECTION").path("recorded").asInt()).isEqualTo(2);
    }

    @Test
    void aReportIsMadeWithTheRulesInServiceWhenItWasSubmittedEvenWhenRunAgainAfterTheyChanged() throws Exception {
        String submittedUnder = registry.active().version();
        String batch = """
                {"cases": [{"caseId": "Caseloads of 23",
                            "evidence": {"localAuthority": {"code": "E10000014"}, "inspection": {"startDate": "2024-05-13"},
                                         "workforce": {"caseloadPerSocialWorker": 23}, "leadership": {"practiceQuality": "CONSISTENTLY_EFFECTIVE"}},
                            "recordedGrades": {"IMPACT_OF_LEADERS": "GOOD"}}]}""";
        String location = http.postForEntity("/api/v1/moderation/reports", jsonBody(batch), String.class).getHeaders().getLocation().toString();
        assertThat(area(awaitComplete(location).path("report"), "IMPACT_OF_LEADERS").path("agreement").path("exact").asDouble()).isEqualTo(1.0);
        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));

        String lowered = CaseloadLimit.putIntoService(changes, CaseloadLimit.firingWhen("more than 20"));
        try {
            assertThat(lowered).isNotEqualTo(submittedUnder);
            // As a restart finds it: still marked running, no report; it is run again from its stored input.
            jdbc.sql("update moderation_report set status = 'RUNNING', done = 0, report = null, cases_csv = null, completed_at = null where id = ?")
                    .param(id).update();
            jobs.resumeInterrupted();

            JsonNode again = awaitComplete(location);
            assertThat(again.path("ruleSetVersion").asText()).isEqualTo(submittedUnder);
            assertThat(area(again.path("report"), "IMPACT_OF_LEADERS").path("agreement").path("exact").asDouble())
                    .as("judged with the caseload limit at 25, not 20").isEqualTo(1.0);
        } finally {
            changes.activateStoredVersion(submittedUnder, ActivatedBy.ROLLBACK, TestAccounts.POLICY, "back to the original");
        }
    }

    @Test
    void casesWithSimilarEvidenceAreListedOnlyWhenCloserThanTheSimilarityThresholdSent() throws Exception {
        // Four pieces of evidence in common, one three percentage points apart: a distance of 0.015.
        String cases = """
                [{"caseId": "Eastshire", "evidence": {"localAuthority": {"code": "E10000014"}, "inspection": {"startDate": "2024-05-13"},
                    "workforce": {"caseloadPerSocialWorker": 19, "vacancyRatePct": 20, "agencyRatePct": 15, "turnoverRatePct": 15}},
                  "recordedGrades": {"IMPACT_OF_LEADERS": "GOOD"}},
                 {"caseId": "Westshire", "evidence": {"localAuthority": {"code": "E10000015"}, "inspection": {"startDate": "2024-05-13"},
                    "workforce": {"caseloadPerSocialWorker": 22, "vacancyRatePct": 20, "agencyRatePct": 15, "turnoverRatePct": 15}},
                  "recordedGrades": {"IMPACT_OF_LEADERS": "INADEQUATE"}}]""";

        JsonNode byDefault = submitAndAwait(jsonBody("{\"cases\": " + cases + "}"));
        JsonNode tighter = submitAndAwait(jsonBody("{\"cases\": " + cases + ", \"similarityThreshold\": 0.01}"));
        String csv = "caseId,localAuthority.code,inspection.startDate,workforce.caseloadPerSocialWorker,workforce.vacancyRatePct,"
                + "workforce.agencyRatePct,workforce.turnoverRatePct,recorded.IMPACT_OF_LEADERS\n"
                + "Eastshire,E10000014,2024-05-13,19,20,15,15,GOOD\nWestshire,E10000015,2024-05-13,22,20,15,15,INADEQUATE\n";
        JsonNode tighterCsv = submitAndAwait(csvUpload(csv), "?similarityThreshold=0.01");

        assertThat(byDefault.path("similarityThreshold").asDouble()).isEqualTo(0.05);
        assertThat(byDefault.path("report").path("similarEvidenceDifferentGrades")).singleElement().satisfies(pair -> {
            assertThat(pair.path("area").asText()).isEqualTo("IMPACT_OF_LEADERS");
            assertThat(pair.path("gradesApart").asInt()).isEqualTo(2);
            assertThat(pair.path("distance").asDouble()).isCloseTo(0.015, within(1e-9));
        });
        assertThat(tighter.path("similarityThreshold").asDouble()).isEqualTo(0.01);
        assertThat(tighter.path("report").path("similarEvidenceDifferentGrades")).isEmpty();
        assertThat(tighterCsv.path("similarityThreshold").asDouble()).isEqualTo(0.01);
        assertThat(tighterCsv.path("report").path("similarEvidenceDifferentGrades")).isEmpty();
    }

    private JsonNode submitAndAwait(HttpEntity<?> batch) {
        return submitAndAwait(batch, "");
    }

    private JsonNode submitAndAwait(HttpEntity<?> batch, String query) {
        ResponseEntity<String> accepted = http.postForEntity("/api/v1/moderation/reports" + query, batch, String.class);
        assertThat(accepted.getStatusCode().value()).as(accepted.getBody()).isEqualTo(202);
        return awaitComplete(accepted.getHeaders().getLocation().toString());
    }

    private JsonNode awaitComplete(String location) {
        JsonNode[] status = new JsonNode[1];
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).until(() -> {
            status[0] = json.readTree(http.getForEntity(location, String.class).getBody());
            assertThat(status[0].path("status").asText()).as(status[0].toString()).isNotEqualTo("FAILED");
            return status[0].path("status").asText().equals("COMPLETE");
        });
        return status[0];
    }

    private static JsonNode area(JsonNode report, String area) {
        for (JsonNode agreement : report.path("areas")) {
            if (agreement.path("area").asText().equals(area)) {
                return agreement;
            }
        }
        throw new AssertionError("no " + area + " in " + report);
    }

    private long storedReports() {
        return jdbc.sql("select count(*) from moderation_report").query(Long.class).single();
    }

    private static String row(List<String> header, String... columnAndValue) {
        String[] cells = new String[header.size()];
        Arrays.fill(cells, "");
        for (int index = 0; index < columnAndValue.length; index += 2) {
            cells[header.indexOf(columnAndValue[index])] = columnAndValue[index + 1];
        }
        return String.join(",", cells) + "\n";
    }

    private static HttpEntity<String> jsonBody(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }

    private static HttpEntity<LinkedMultiValueMap<String, Object>> csvUpload(String csv) {
        LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new ByteArrayResource(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "batch.csv";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return new HttpEntity<>(parts, headers);
    }
}

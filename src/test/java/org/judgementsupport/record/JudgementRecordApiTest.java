package org.judgementsupport.record;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.judgementsupport.rulechange.ActivatedBy;
import org.judgementsupport.rulechange.CaseloadLimit;
import org.judgementsupport.rulechange.RuleSetChanges;
import org.judgementsupport.ruleset.RuleFolderFixture;
import org.judgementsupport.ruleset.RuleSetFolder;
import org.judgementsupport.ruleset.RuleSetRegistry;
import org.judgementsupport.ruleset.SourceFile;
import org.judgementsupport.security.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every judgement is stored before its answer, found again, reproduced exactly with the rules that made it however
 * they have changed since, and any tampering with the record or with those rules is found.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class JudgementRecordApiTest {

    /** A copy of the rules: a version put into service is written back into the rule folder. */
    private static final Path FOLDER = RuleFolderFixture.temporaryCopyOfRepository("judgement-record").root();
    private static final String ORIGINAL = new RuleSetFolder(FOLDER).read().version();

    @DynamicPropertySource
    static void ruleFolder(DynamicPropertyRegistry properties) {
        properties.add("judgement-support.rule-set.folder", FOLDER::toString);
    }

    /** Good leadership with 23 children per social worker: under the caseload limit of 25, over a limit of 20. */
    private static final String CASELOAD_23 = """
            {"localAuthority": {"code": "E08000025"}, "inspection": {"startDate": "2024-09-02"},
             "workforce": {"caseloadPerSocialWorker": 23}, "leadership": {"practiceQuality": "CONSISTENTLY_EFFECTIVE"}}""";

    /** Every role: these tests are about what the service does, not who may ask (see AccessControlTest). */
    private static final String SIGNED_IN = TestAccounts.basic(TestAccounts.EVERYTHING);

    private static final String EVIDENCE = """
            {"localAuthority": {"code": "E08000025", "name": "Birmingham"}, "inspection": {"startDate": "2024-09-02"},
             "leadership": {"practiceQuality": "CONSISTENTLY_EFFECTIVE"},
             "missingChildren": {"returnInterviewsOfferedPct": 45}}""";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JudgementRecords records;

    @Autowired
    RuleSetChanges changes;

    @Autowired
    RuleSetRegistry registry;

    @AfterEach
    void putTheOriginalRulesBack() {
        if (!registry.active().version().equals(ORIGINAL)) {
            changes.activateStoredVersion(ORIGINAL, ActivatedBy.ROLLBACK, TestAccounts.POLICY, "back to the original");
        }
    }

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aJudgementIsStoredBeforeItsAnswerAndCanBeReadBack() throws Exception {
        HttpResponse<String> created = post(EVIDENCE, null);

        assertThat(created.statusCode()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        JsonNode answer = json.readTree(created.body());
        assertThat(location).isEqualTo("/api/v1/judgements/" + answer.path("id").asText());
        assertThat(answer.path("recordHash").asText()).hasSize(64);
        assertThat(answer.path("recordedAt").asText()).isNotBlank();

        JsonNode stored = json.readTree(get(location).body());
        assertThat(stored).isEqualTo(answer);
        assertThat(stored.path("evidence").path("missingChildren").path("returnInterviewsOfferedPct").asDouble()).isEqualTo(45.0);
        assertThat(stored.path("ruleSetVersion").asText()).hasSize(64);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyReturnsTheFirstJudgementAndStoresNothingMore() throws Exception {
        String key = UUID.randomUUID().toString();
        HttpResponse<String> first = post(EVIDENCE, key);
        long stored = records.count();

        HttpResponse<String> retry = post(EVIDENCE, key);

        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(json.readTree(retry.body()).path("id")).isEqualTo(json.readTree(first.body()).path("id"));
        assertThat(records.count()).isEqualTo(stored);
    }

    @Test
    void anIdempotencyKeyReusedForOtherEvidenceIsRefused() throws Exception {
        String key = UUID.randomUUID().toString();
        post(EVIDENCE, key);
        long stored = records.count();

        HttpResponse<String> reused = post(EVIDENCE.replace("45", "55"), key);

        assertThat(reused.statusCode()).isEqualTo(422);
        assertThat(json.readTree(reused.body()).path("type").asText()).isEqualTo("/problems/idempotency-key-reused");
        assertThat(records.count()).isEqualTo(stored);
    }

    @Test
    void refusedEvidenceStoresNothing() throws Exception {
        long stored = records.count();

        HttpResponse<String> refused = post(EVIDENCE.replace("45", "145"), null);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(records.count()).isEqualTo(stored);
    }

    @Test
    void storedJudgementsAreFoundByAuthorityDatesFrameworkGradeAndRuleFired() throws Exception {
        String id = json.readTree(post(EVIDENCE, null).body()).path("id").asText();
        post(EVIDENCE.replace("E08000025", "E06000001").replace("2024-09-02", "2019-05-13"), null);

        assertThat(ids("?localAuthority=E08000025&from=2024-09-01&to=2024-09-30")).contains(id);
        assertThat(ids("?localAuthority=E08000025&framework=ILACS_2018")).doesNotContain(id);
        assertThat(ids("?area=HELP_AND_PROTECTION&grade=INADEQUATE")).contains(id);
        assertThat(ids("?area=HELP_AND_PROTECTION&grade=GOOD")).doesNotContain(id);
        assertThat(ids("?rule=" + encode("Fewer than half of missing children are offered a return interview"))).contains(id);
        assertThat(ids("?rule=" + encode("There is no strategy for tackling the exploitation of children"))).doesNotContain(id);
        JsonNode summary = json.readTree(get("/api/v1/judgements?localAuthority=E08000025").body()).get(0);
        assertThat(summary.path("grades").path("HELP_AND_PROTECTION").asText()).isEqualTo("INADEQUATE");
        assertThat(summary.path("grades").path("CARE_LEAVERS").asText()).isEqualTo("NOT_DETERMINED");
    }

    @Test
    void aStoredJudgementReplaysIdenticallyWithItsOwnRuleSetVersion() throws Exception {
        JsonNode stored = json.readTree(post(EVIDENCE, null).body());

        JsonNode replay = replay(stored.path("id").asText());

        assertThat(replay.path("identical").asBoolean()).isTrue();
        assertThat(replay.path("differences")).isEmpty();
        assertThat(replay.path("ruleSetVersion").asText()).isEqualTo(stored.path("ruleSetVersion").asText());
    }

    @Test
    void aReplayAfterTheRulesChangedUsesTheRulesThatMadeTheJudgementNotTheRulesInService() throws Exception {
        JsonNode before = json.readTree(post(CASELOAD_23, null).body());
        assertThat(grade(before, "IMPACT_OF_LEADERS")).isEqualTo("GOOD");

        String lowered = CaseloadLimit.putIntoService(changes, CaseloadLimit.firingWhen("more than 20"));
        JsonNode now = json.readTree(post(CASELOAD_23, null).body());
        assertThat(now.path("ruleSetVersion").asText()).isEqualTo(lowered);
        assertThat(grade(now, "IMPACT_OF_LEADERS")).as("the change alters this judgement").isEqualTo("REQUIRES_IMPROVEMENT");

        JsonNode replay = replay(before.path("id").asText());

        assertThat(replay.path("ruleSetVersion").asText()).isEqualTo(before.path("ruleSetVersion").asText()).isEqualTo(ORIGINAL);
        assertThat(replay.path("identical").asBoolean()).as(replay.toString()).isTrue();
        assertThat(replay.path("differences")).isEmpty();
    }

    @Test
    void aReplayWhoseRuleSetVersionHadItsFilesAlteredIsRefusedNamingTheVersionNotMadeWithTheAlteredRules() throws Exception {
        byte[] lowered = CaseloadLimit.firingWhen("more than 21");
        String version = CaseloadLimit.putIntoService(changes, lowered);
        JsonNode judged = json.readTree(post(CASELOAD_23, null).body());
        assertThat(judged.path("ruleSetVersion").asText()).isEqualTo(version);
        assertThat(grade(judged, "IMPACT_OF_LEADERS")).isEqualTo("REQUIRES_IMPROVEMENT");
        changes.activateStoredVersion(ORIGINAL, ActivatedBy.ROLLBACK, TestAccounts.POLICY, "back to the original");
        // The archived workbook of that version quietly swapped for the one with the limit at 25.
        String sha256 = SourceFile.sha256(lowered);
        byte[] kept = jdbc.sql("select content from file_content where sha256 = ?").param(sha256).query(byte[].class).single();
        jdbc.sql("update file_content set content = ? where sha256 = ?").params(Files.readAllBytes(Path.of(CaseloadLimit.WORKBOOK)), sha256).update();
        try {
            HttpResponse<String> replay = http.send(HttpRequest.newBuilder(uri("/api/v1/judgements/" + judged.path("id").asText() + "/replay"))
                    .header("Authorization", SIGNED_IN).POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(replay.statusCode()).as(replay.body()).isEqualTo(409);
            JsonNode problem = json.readTree(replay.body());
            assertThat(problem.path("type").asText()).isEqualTo("/problems/archive-altered");
            assertThat(problem.path("version").asText()).isEqualTo(version);
            assertThat(problem.path("detail").asText()).contains(CaseloadLimit.WORKBOOK, "altered outside the service");
        } finally {
            jdbc.sql("update file_content set content = ? where sha256 = ?").params(kept, sha256).update();
        }
        assertThat(replay(judged.path("id").asText()).path("identical").asBoolean()).as("put back exactly as it was").isTrue();
    }

    @Test
    void theChainVerifiesAndTamperingWithAnyRecordIsFoundAndNamed() throws Exception {
        post(EVIDENCE, null);
        String victim = json.readTree(post(EVIDENCE, null).body()).path("id").asText();
        post(EVIDENCE, null);
        assertThat(verification().path("intact").asBoolean()).isTrue();
        String result = jdbc.sql("select result from judgement_record where id = ?").param(UUID.fromString(victim)).query(String.class).single();

        jdbc.sql("update judgement_record set result = ? where id = ?").params(result.replace("INADEQUATE", "GOOD"), UUID.fromString(victim)).update();

        JsonNode verification = verification();
        assertThat(verification.path("intact").asBoolean()).isFalse();
        assertThat(verification.path("firstBrokenId").asText()).isEqualTo(victim);
        assertThat(verification.path("reason").asText()).contains("content was changed");
        jdbc.sql("update judgement_record set result = ? where id = ?").params(result, UUID.fromString(victim)).update();
        assertThat(verification().path("intact").asBoolean()).as("put back exactly as it was").isTrue();
    }

    @Test
    void aRecordRemovedFromTheMiddleOfTheChainIsFoundAndTheRecordAfterTheGapNamed() throws Exception {
        post(EVIDENCE, null);
        String victim = json.readTree(post(EVIDENCE, null).body()).path("id").asText();
        String next = json.readTree(post(EVIDENCE, null).body()).path("id").asText();
        long removed = sequenceOf(victim);

        Runnable putBack = remove(victim);
        try {
            JsonNode verification = verification();

            assertThat(verification.path("intact").asBoolean()).isFalse();
            assertThat(verification.path("firstBrokenSequence").asLong()).isEqualTo(removed + 1);
            assertThat(verification.path("firstBrokenId").asText()).isEqualTo(next);
            assertThat(verification.path("reason").asText()).isEqualTo("records " + removed + " to " + removed + " are missing before it");
        } finally {
            putBack.run();
        }
        assertThat(verification().path("intact").asBoolean()).as("put back exactly as it was").isTrue();
    }

    @Test
    void recordsRemovedFromTheEndOfTheChainAreFound() throws Exception {
        post(EVIDENCE, null);
        String last = json.readTree(post(EVIDENCE, null).body()).path("id").asText();
        long removed = sequenceOf(last);

        Runnable putBack = remove(last);
        try {
            JsonNode verification = verification();

            assertThat(verification.path("intact").asBoolean()).isFalse();
            assertThat(verification.path("records").asLong()).isEqualTo(removed - 1);
            assertThat(verification.path("firstBrokenSequence").asLong()).isEqualTo(removed);
            assertThat(verification.path("reason").asText()).contains("the chain should end at record " + removed,
                    "records after " + (removed - 1) + " were removed");
        } finally {
            putBack.run();
        }
        assertThat(verification().path("intact").asBoolean()).as("put back exactly as it was").isTrue();
    }

    @Test
    void unknownJudgementsAreNotFound() throws Exception {
        HttpResponse<String> missing = get("/api/v1/judgements/" + UUID.randomUUID());

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(json.readTree(missing.body()).path("type").asText()).isEqualTo("/problems/not-found");
    }

    private JsonNode replay(String id) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/api/v1/judgements/" + id + "/replay")).header("Authorization", SIGNED_IN)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private JsonNode verification() throws Exception {
        return json.readTree(get("/api/v1/judgements/chain/verification").body());
    }

    private static String grade(JsonNode judgement, String area) {
        return judgement.path("areas").get(areaIndex(judgement, area)).path("grade").asText();
    }

    private static int areaIndex(JsonNode judgement, String area) {
        for (int index = 0; index < judgement.path("areas").size(); index++) {
            if (judgement.path("areas").get(index).path("area").asText().equals(area)) {
                return index;
            }
        }
        throw new AssertionError("no area " + area + " in " + judgement);
    }

    private long sequenceOf(String id) {
        return jdbc.sql("select sequence_number from judgement_record where id = ?").param(UUID.fromString(id)).query(Long.class).single();
    }

    /**
     * Deletes a stored judgement as someone with access to the database might, with its search rows; returns what puts
     * every row back exactly as it was.
     */
    private Runnable remove(String id) {
        long sequence = sequenceOf(id);
        Map<String, Object> record = jdbc.sql("select * from judgement_record where sequence_number = ?").param(sequence).query().singleRow();
        List<Map<String, Object>> areas = jdbc.sql("select * from judgement_area where sequence_number = ?").param(sequence).query().listOfRows();
        List<Map<String, Object>> rules = jdbc.sql("select * from judgement_rule_fired where sequence_number = ?").param(sequence).query().listOfRows();
        jdbc.sql("delete from judgement_rule_fired where sequence_number = ?").param(sequence).update();
        jdbc.sql("delete from judgement_area where sequence_number = ?").param(sequence).update();
        jdbc.sql("delete from judgement_record where sequence_number = ?").param(sequence).update();
        return () -> {
            insert("judgement_record", record);
            areas.forEach(row -> insert("judgement_area", row));
            rules.forEach(row -> insert("judgement_rule_fired", row));
        };
    }

    private void insert(String table, Map<String, Object> row) {
        jdbc.sql("insert into " + table + " (" + String.join(", ", row.keySet()) + ") values ("
                        + String.join(", ", Collections.nCopies(row.size(), "?")) + ")")
                .params(new ArrayList<>(row.values())).update();
    }

    private List<String> ids(String query) throws Exception {
        List<String> ids = new ArrayList<>();
        json.readTree(get("/api/v1/judgements" + query).body()).forEach(summary -> ids.add(summary.path("id").asText()));
        return ids;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> post(String body, String idempotencyKey) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/v1/judgements")).header("Authorization", SIGNED_IN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", SIGNED_IN).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}

package org.judgementsupport.rulechange;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.judgementsupport.ruleset.RuleFolderFixture;
import org.judgementsupport.ruleset.RuleSetFolder;
import org.judgementsupport.ruleset.RuleSetRegistry;
import org.judgementsupport.ruleset.SourceFile;
import org.judgementsupport.ruleset.WorkbookEdit;
import org.junit.jupiter.api.AfterEach;
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
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Policy staff change the rule set through the API: validate a change, put it into service, see it refused when it
 * is broken (with the service unchanged), look at any version, and roll back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RuleSetApiTest {

    private static final Path FOLDER = RuleFolderFixture.temporaryCopyOfRepository("rule-folder-api").root();
    private static final String CONCERNS = "decision-tables/criteria/national-benchmark-concerns.drl.xlsx";
    private static final String CASELOAD_CONCERN = "Caseloads are above the national 90th percentile";

    @DynamicPropertySource
    static void ruleFolder(DynamicPropertyRegistry properties) {
        properties.add("judgement-support.rule-set.folder", FOLDER::toString);
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

    private final ObjectMapper json = new ObjectMapper();
    private final String original = new RuleSetFolder(FOLDER).read().version();

    @AfterEach
    void restoreTheOriginalVersion() {
        if (!registry.active().version().equals(original)) {
            http.postForEntity("/api/v1/rulesets/" + original + "/activate?comment=back to the original", null, String.class);
        }
    }

    @Test
    void aValidatedChangeIsReportedAndKeptButNotPutIntoService() throws Exception {
        ResponseEntity<String> response = post("/api/v1/rulesets/validate", parts(CONCERNS, concernsWithBenchmark("England 15.2 (revised)")));

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        JsonNode report = json.readTree(response.getBody());
        assertThat(report.path("valid").asBoolean()).isTrue();
        assertThat(report.path("scenarios").path("passed").asInt()).isEqualTo(report.path("scenarios").path("run").asInt()).isGreaterThan(40);
        assertThat(report.path("monotonicity").path("pairsChecked").asInt()).isPositive();
        String candidate = report.path("version").asText();
        assertThat(candidate).isNotEqualTo(original);
        assertThat(registry.active().version()).isEqualTo(original);

        JsonNode stored = json.readTree(http.getForObject("/api/v1/rulesets/" + candidate.substring(0, 12), String.class));
        assertThat(stored.path("version").asText()).isEqualTo(candidate);
        assertThat(stored.path("inService").asBoolean()).isFalse();
        assertThat(stored.path("valid").asBoolean()).isTrue();
        ResponseEntity<String> kept = http.getForEntity(stored.path("report").asText(), String.class);
        assertThat(kept.getStatusCode().value()).isEqualTo(200);
        assertThat(json.readTree(kept.getBody())).isEqualTo(report);
    }

    @Test
    void aValidatedCandidateThatWasNeverInServiceCanBePutIntoServiceLater() throws Exception {
        byte[] changed = concernsWithBenchmark("England 15.2 (agreed at panel)");
        String candidate = json.readTree(post("/api/v1/rulesets/validate", parts(CONCERNS, changed)).getBody()).path("version").asText();
        assertThat(registry.active().version()).isEqualTo(original);

        ResponseEntity<String> activated = http.postForEntity("/api/v1/rulesets/" + candidate.substring(0, 12) + "/activate?comment=agreed at panel",
                null, String.class);

        assertThat(activated.getStatusCode().value()).as(activated.getBody()).isEqualTo(201);
        JsonNode attempt = json.readTree(activated.getBody());
        assertThat(attempt.path("outcome").asText()).isEqualTo("ACTIVATED");
        assertThat(attempt.path("by").asText()).isEqualTo("UPLOAD");
        assertThat(registry.active().version()).isEqualTo(candidate);
        assertThat(Files.readAllBytes(FOLDER.resolve(CONCERNS))).isEqualTo(changed);
        JsonNode latest = json.readTree(http.getForObject("/api/v1/rulesets", String.class)).get(0);
        assertThat(latest.path("version").asText()).isEqualTo(candidate);
        assertThat(latest.path("activatedBy").asText()).isEqualTo("UPLOAD");
        assertThat(latest.path("previousVersion").asText()).isEqualTo(original);
        assertThat(latest.path("comment").asText()).isEqualTo("agreed at panel");
        assertThat(judge().toString()).contains("England 15.2 (agreed at panel)");
    }

    @Test
    void aBrokenChangeIsReportedWithItsCellAndNothingChanges() throws Exception {
        byte[] broken = WorkbookEdit.setCell(read(CONCERNS), CASELOAD_CONCERN, "Effect", "CONCRN");

        ResponseEntity<String> validated = post("/api/v1/rulesets/validate", parts(CONCERNS, broken));
        JsonNode report = json.readTree(validated.getBody());
        assertThat(report.path("valid").asBoolean()).isFalse();
        assertThat(report.path("errors").get(0).path("location").path("file").asText()).isEqualTo(CONCERNS);
        assertThat(report.path("errors").get(0).path("location").path("cell").asText()).isEqualTo("E9");

        ResponseEntity<String> activated = post("/api/v1/rulesets", parts(CONCERNS, broken));
        assertThat(activated.getStatusCode().value()).isEqualTo(422);
        JsonNode problem = json.readTree(activated.getBody());
        assertThat(problem.path("type").asText()).isEqualTo("/problems/invalid-rule-set");
        assertThat(problem.path("report").path("errors").get(0).path("message").asText()).contains("CONCRN");
        assertThat(registry.active().version()).isEqualTo(original);
        assertThat(Files.readAllBytes(FOLDER.resolve(CONCERNS))).isEqualTo(read(CONCERNS));

        JsonNode status = json.readTree(http.getForObject("/api/v1/rulesets/status", String.class));
        assertThat(status.path("activeVersion").asText()).isEqualTo(original);
        assertThat(status.path("lastAttempt").path("outcome").asText()).isEqualTo("REFUSED");
        assertThat(status.path("lastAttempt").path("report").path("errors").get(0).path("location").path("cell").asText()).isEqualTo("E9");
    }

    @Test
    void aRefusedVersionsReportCanBeReadAgainWithItsErrorsAtTheirCells() throws Exception {
        byte[] broken = WorkbookEdit.setCell(read(CONCERNS), CASELOAD_CONCERN, "Effect", "CONCRN");
        String version = json.readTree(post("/api/v1/rulesets/validate", parts(CONCERNS, broken)).getBody()).path("version").asText();

        ResponseEntity<String> stored = http.getForEntity("/api/v1/rulesets/" + version.substring(0, 12) + "/report", String.class);
        assertThat(stored.getStatusCode().value()).isEqualTo(200);
        JsonNode report = json.readTree(stored.getBody());
        assertThat(report.path("valid").asBoolean()).isFalse();
        assertThat(report.path("errors").get(0).path("error").asBoolean()).isTrue();
        assertThat(report.path("errors").get(0).path("location").path("cell").asText()).isEqualTo("E9");
    }

    @Test
    void aChangePutIntoServiceIsUsedByJudgementsRecordedInTheHistoryAndWrittenToTheFolder() throws Exception {
        byte[] changed = concernsWithBenchmark("England 15.2 (revised)");

        MultiValueMap<String, Object> upload = parts(CONCERNS, changed);
        upload.add("comment", "Benchmark wording revised");
        ResponseEntity<String> response = post("/api/v1/rulesets", upload);

        assertThat(response.getStatusCode().value()).isEqualTo(201);
        String version = json.readTree(response.getBody()).path("version").asText();
        assertThat(response.getHeaders().getLocation()).hasToString("/api/v1/rulesets/" + version);
        assertThat(registry.active().version()).isEqualTo(version);
        assertThat(Files.readAllBytes(FOLDER.resolve(CONCERNS))).isEqualTo(changed);

        JsonNode judgement = judge();
        assertThat(judgement.path("ruleSetVersion").asText()).isEqualTo(version);
        assertThat(judgement.toString()).contains("England 15.2 (revised)");

        JsonNode latest = json.readTree(http.getForObject("/api/v1/rulesets", String.class)).get(0);
        assertThat(latest.path("version").asText()).isEqualTo(version);
        assertThat(latest.path("activatedBy").asText()).isEqualTo("UPLOAD");
        assertThat(latest.path("previousVersion").asText()).isEqualTo(original);
        assertThat(latest.path("comment").asText()).isEqualTo("Benchmark wording revised");
        assertThat(latest.path("changes").get(0).path("path").asText()).isEqualTo(CONCERNS);
        assertThat(latest.path("changes").get(0).path("change").asText()).isEqualTo("CHANGED");
        assertThat(latest.path("inService").asBoolean()).isTrue();
    }

    @Test
    void anEarlierVersionCanBePutBackIntoServiceAndTheFolderFollows() throws Exception {
        String changed = json.readTree(post("/api/v1/rulesets", parts(CONCERNS, concernsWithBenchmark("changed for rollback"))).getBody())
                .path("version").asText();
        assertThat(registry.active().version()).isEqualTo(changed);

        ResponseEntity<String> rollback = http.postForEntity("/api/v1/rulesets/" + original.substring(0, 12) + "/activate?comment=rolled back in a test", null, String.class);

        assertThat(rollback.getStatusCode().value()).isEqualTo(201);
        assertThat(registry.active().version()).isEqualTo(original);
        assertThat(new RuleSetFolder(FOLDER).read().version()).isEqualTo(original);
        JsonNode latest = json.readTree(http.getForObject("/api/v1/rulesets", String.class)).get(0);
        assertThat(latest.path("activatedBy").asText()).isEqualTo("ROLLBACK");
        assertThat(latest.path("previousVersion").asText()).isEqualTo(changed);
        assertThat(judge().path("ruleSetVersion").asText()).isEqualTo(original);
    }

    @Test
    void anyStoredVersionShowsItsFilesRulesAndExactFileContents() throws Exception {
        JsonNode active = json.readTree(http.getForObject("/api/v1/rulesets/active", String.class));

        assertThat(active.path("version").asText()).isEqualTo(original);
        assertThat(active.path("inService").asBoolean()).isTrue();
        assertThat(active.path("rules")).hasSize(registry.active().catalogue().rules().size());
        assertThat(active.path("files")).extracting(file -> file.path("path").asText()).contains(CONCERNS, "rules/leadership-instability.drl");
        byte[] file = http.getForObject("/api/v1/rulesets/" + original + "/files/" + CONCERNS, byte[].class);
        assertThat(file).isEqualTo(read(CONCERNS));
        assertThat(http.getForEntity("/api/v1/rulesets/0123456789ab", String.class).getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void aZipOfTheRuleFoldersReplacesTheWholeRuleSet() throws Exception {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            for (SourceFile file : new RuleSetFolder(FOLDER).read().files()) {
                out.putNextEntry(new ZipEntry("policy-rules/" + file.path()));
                out.write(file.path().equals(CONCERNS) ? concernsWithBenchmark("from a zip") : file.content());
            }
        }
        MultiValueMap<String, Object> upload = new LinkedMultiValueMap<>();
        upload.add("rules", file("policy-rules.zip", zip.toByteArray()));

        JsonNode report = json.readTree(post("/api/v1/rulesets/validate", upload).getBody());

        assertThat(report.path("valid").asBoolean()).isTrue();
        assertThat(report.path("version").asText()).isNotEqualTo(original);
    }

    @Test
    void filesThatAreNotRuleFilesAreRefusedBeforeValidation() throws Exception {
        MultiValueMap<String, Object> upload = parts("decision-tables/notes.txt", "notes".getBytes());
        upload.add("../escape.drl", file("../escape.drl", "rule".getBytes()));

        ResponseEntity<String> response = post("/api/v1/rulesets/validate", upload);

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        JsonNode problem = json.readTree(response.getBody());
        assertThat(problem.path("type").asText()).isEqualTo("/problems/invalid-upload");
        List<String> errors = new ArrayList<>();
        problem.path("errors").forEach(error -> errors.add(error.path("file").asText() + " " + error.path("rule").asText()));
        assertThat(errors).containsExactlyInAnyOrder("decision-tables/notes.txt NOT_A_RULE_FILE", "../escape.drl PATH_OUTSIDE_RULE_FOLDER");
        assertThat(problem.path("detail").asText()).contains("NOT_A_RULE_FILE", "PATH_OUTSIDE_RULE_FOLDER", "nothing was stored");
    }

    private JsonNode judge() throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return json.readTree(http.postForObject("/api/v1/judgements", new HttpEntity<>("""
                {"localAuthority": {"code": "E09000002"}, "inspection": {"startDate": "2024-05-13"},
                 "workforce": {"caseloadPerSocialWorker": 19}, "leadership": {"practiceQuality": "CONSISTENTLY_EFFECTIVE"}}""", headers), String.class));
    }

    /** Every change says why; a comment goes with each upload unless the test sends its own. */
    private ResponseEntity<String> post(String path, MultiValueMap<String, Object> parts) {
        if (!parts.containsKey("comment")) {
            parts.add("comment", "a test change");
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.postForEntity(path, new HttpEntity<>(parts, headers), String.class);
    }

    private static MultiValueMap<String, Object> parts(String path, byte[] content) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add(path, file(path, content));
        return parts;
    }

    private static HttpEntity<ByteArrayResource> file(String name, byte[] content) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentDisposition(ContentDisposition.formData().name(name).filename(name).build());
        headers.setContentType(MediaType.APPLICATION_OCTET_STREAM);
        return new HttpEntity<>(new ByteArrayResource(content), headers);
    }

    private byte[] concernsWithBenchmark(String benchmark) throws IOException {
        return WorkbookEdit.setCell(read(CONCERNS), CASELOAD_CONCERN, "National benchmark", benchmark);
    }

    /** A file as the repository has it (the test folder may hold a changed copy). */
    private static byte[] read(String path) throws IOException {
        return Files.readAllBytes(Path.of(path));
    }
}

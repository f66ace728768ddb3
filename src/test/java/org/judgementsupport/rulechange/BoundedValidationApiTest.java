package org.judgementsupport.rulechange;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.judgementsupport.ruleset.RuleFolderFixture;
import org.judgementsupport.ruleset.RuleSetRegistry;
import org.judgementsupport.ruleset.RuleSetSnapshot;
import org.judgementsupport.ruleset.SourceFile;
import org.judgementsupport.security.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Through the API, as a policy officer would: a candidate whose checking needs more memory than a candidate may use is
 * refused with that reason, nothing goes into service, the service keeps answering, and the next candidate is checked
 * as usual.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "judgement-support.rule-set.validation.separate-process=true",
        "judgement-support.rule-set.validation.memory-limit=160MB",
        "judgement-support.rule-set.validation.time-limit=120s"})
class BoundedValidationApiTest {

    @TempDir
    Path directory;

    @Autowired
    TestRestTemplate http;

    @Autowired
    RuleSetRegistry registry;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aCandidateThatNeedsTooMuchMemoryIsRefusedAndTheServiceKeepsServing() throws Exception {
        http = http.withBasicAuth(TestAccounts.EVERYTHING, TestAccounts.password(TestAccounts.EVERYTHING));
        String inService = registry.active().version();
        RuleSetSnapshot explosive = BoundedValidationTest.ExplosiveCandidate.in(directory.resolve("explosive"));

        ResponseEntity<String> refused = post("/api/v1/rulesets", explosive, "decision-tables/criteria/every-caseload.drl.xlsx", "rules/pairs.drl");

        assertThat(refused.getStatusCode().value()).isEqualTo(422);
        JsonNode report = json.readTree(refused.getBody()).path("report");
        assertThat(report.path("errors")).singleElement().satisfies(error -> {
            assertThat(error.path("kind").asText()).isEqualTo("TOO_MUCH_WORK");
            assertThat(error.path("message").asText()).containsAnyOf("needed more than 160 MB", "took longer than 120 s");
        });
        assertThat(registry.active().version()).isEqualTo(inService);
        assertThat(http.getForObject("/actuator/health", String.class)).contains("UP");

        RuleSetSnapshot ordinary = RuleFolderFixture.copyOfRepository(directory.resolve("ordinary")).folder().read();
        ResponseEntity<String> validated = post("/api/v1/rulesets/validate", ordinary, "rules/leadership-instability.drl");
        assertThat(json.readTree(validated.getBody()).path("valid").asBoolean()).as(validated.getBody()).isTrue();
    }

    private ResponseEntity<String> post(String path, RuleSetSnapshot files, String... changed) throws Exception {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        for (String name : changed) {
            SourceFile file = files.files().stream().filter(candidate -> candidate.path().equals(name)).findFirst().orElseThrow();
            HttpHeaders headers = new HttpHeaders();
            headers.setContentDisposition(ContentDisposition.formData().name(name).filename(name).build());
            headers.setContentType(MediaType.APPLICATION_OCTET_STREAM);
            parts.add(name, new HttpEntity<>(new ByteArrayResource(file.content()), headers));
        }
        parts.add("comment", "a candidate far too large to check");
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.postForEntity(path, new HttpEntity<>(parts, headers), String.class);
    }
}

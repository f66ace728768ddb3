package org.judgementsupport.rulechange;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.judgementsupport.ruleset.RuleFolderFixture;
import org.judgementsupport.ruleset.RuleSetRegistry;
import org.judgementsupport.ruleset.WorkbookEdit;
import org.judgementsupport.security.TestAccounts;
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

/** Every validation, activation and rollback is logged: who, when, why, the outcome, and each changed cell or line. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class RuleChangeLogTest {

    private static final String LIMITS = "decision-tables/criteria/limits-to-requires-improvement.drl.xlsx";
    private static final String RETURN_INTERVIEWS = "Fewer than 80% of missing children are offered a return interview";
    private static final String DRL = "rules/leadership-instability.drl";
    private static RuleFolderFixture folder;

    @DynamicPropertySource
    static void ruleFolder(DynamicPropertyRegistry properties) {
        folder = RuleFolderFixture.temporaryCopyOfRepository("rule-change-log");
        properties.add("judgement-support.rule-set.folder", () -> folder.root().toString());
    }

    @Autowired
    TestRestTemplate http;

    @Autowired
    RuleSetRegistry registry;

    @Autowired
    RuleChangeLog log;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aValidationIsLoggedWithWhoWhyItsOutcomeAndTheCellThatChanged() throws Exception {
        // The README's example: a scenario has a case at exactly 75%, so lowering the limit to 75% does not validate.
        byte[] edited = WorkbookEdit.setCell(Files.readAllBytes(Path.of(LIMITS)), RETURN_INTERVIEWS, "Fires when", "below 75");

        ResponseEntity<String> validated = upload("/api/v1/rulesets/validate", LIMITS, edited, "Consultation: lower the return-interview limit?");

        assertThat(validated.getStatusCode().value()).isEqualTo(200);
        JsonNode report = json.readTree(validated.getBody());
        assertThat(report.path("valid").asBoolean()).isFalse();
        assertThat(report.at("/scenarios/failed/0/name").asText()).isEqualTo("A limit does not lower practice that already requires improvement");
        JsonNode entry = latestChange();
        assertThat(entry.path("actor").asText()).isEqualTo(TestAccounts.POLICY);
        assertThat(entry.path("action").asText()).isEqualTo("VALIDATION");
        assertThat(entry.path("outcome").asText()).isEqualTo("NOT_VALID");
        assertThat(entry.path("version").asText()).isEqualTo(report.path("version").asText());
        assertThat(entry.path("comment").asText()).isEqualTo("Consultation: lower the return-interview limit?");
        assertThat(entry.path("comparedWith").asText()).isEqualTo(registry.active().version());
        assertThat(entry.path("at").asText()).isNotBlank();
        JsonNode file = entry.path("files").get(0);
        assertThat(file.path("path").asText()).isEqualTo(LIMITS);
        assertThat(file.path("change").asText()).isEqualTo("CHANGED");
        assertThat(file.path("cells")).singleElement().satisfies(cell -> {
            assertThat(cell.path("sheet").asText()).isEqualTo("Limits");
            assertThat(cell.path("cell").asText()).isEqualTo("D9");
            assertThat(cell.path("before").asText()).isEqualTo("below 80");
            assertThat(cell.path("after").asText()).isEqualTo("below 75");
        });
    }

    @Test
    void aChangeWithoutACommentIsRefusedAndNothingIsLogged() throws Exception {
        long logged = log.count();

        ResponseEntity<String> refused = upload("/api/v1/rulesets/validate", DRL, drlWithAnExtraComment(), "  ");

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(json.readTree(refused.getBody()).at("/errors/0/field").asText()).isEqualTo("comment");
        assertThat(log.count()).isEqualTo(logged);
    }

    @Test
    void anActivationAndItsRollbackAreLoggedWithTheLinesThatChanged() throws Exception {
        String original = registry.active().version();

        ResponseEntity<String> activated = upload("/api/v1/rulesets", DRL, drlWithAnExtraComment(), "Explain where the rule comes from");
        assertThat(activated.getStatusCode().value()).as(activated.getBody()).isEqualTo(201);
        JsonNode activation = latestChange();
        assertThat(activation.path("action").asText()).isEqualTo("ACTIVATION");
        assertThat(activation.path("outcome").asText()).isEqualTo("ACTIVATED");
        assertThat(activation.at("/files/0/lines")).singleElement().satisfies(line -> {
            assertThat(line.path("line").asInt()).isEqualTo(2);
            assertThat(line.path("before").isNull() || line.path("before").isMissingNode()).isTrue();
            assertThat(line.path("after").asText()).isEqualTo("// Reviewed by the policy team.");
        });

        http.withBasicAuth(TestAccounts.POLICY, TestAccounts.password(TestAccounts.POLICY))
                .postForEntity("/api/v1/rulesets/" + original.substring(0, 12) + "/activate?comment=Not agreed yet", null, String.class);

        JsonNode rollback = latestChange();
        assertThat(rollback.path("action").asText()).isEqualTo("ROLLBACK");
        assertThat(rollback.path("actor").asText()).isEqualTo(TestAccounts.POLICY);
        assertThat(rollback.path("comment").asText()).isEqualTo("Not agreed yet");
        assertThat(rollback.path("version").asText()).isEqualTo(original);
        assertThat(rollback.at("/files/0/lines/0/before").asText()).isEqualTo("// Reviewed by the policy team.");
    }

    @Test
    void theStartIsLoggedToo() throws Exception {
        JsonNode changes = json.readTree(asModerator().getForObject("/api/v1/rulesets/changes?size=500", String.class));
        JsonNode first = changes.get(changes.size() - 1);

        assertThat(first.path("action").asText()).isEqualTo("STARTUP");
        assertThat(first.path("actor").asText()).isEqualTo("service start");
    }

    private JsonNode latestChange() throws Exception {
        return json.readTree(asModerator().getForObject("/api/v1/rulesets/changes?size=1", String.class)).get(0);
    }

    private TestRestTemplate asModerator() {
        return http.withBasicAuth(TestAccounts.MODERATOR, TestAccounts.password(TestAccounts.MODERATOR));
    }

    private static byte[] drlWithAnExtraComment() throws Exception {
        String text = Files.readString(Path.of(DRL));
        int firstLineEnd = text.indexOf('\n') + 1;
        return (text.substring(0, firstLineEnd) + "// Reviewed by the policy team.\n" + text.substring(firstLineEnd)).getBytes(StandardCharsets.UTF_8);
    }

    private ResponseEntity<String> upload(String path, String file, byte[] content, String comment) {
        LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        HttpHeaders fileHeaders = new HttpHeaders();
        fileHeaders.setContentDisposition(ContentDisposition.formData().name(file).filename(file).build());
        parts.add(file, new HttpEntity<>(new ByteArrayResource(content), fileHeaders));
        parts.add("comment", comment);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.withBasicAuth(TestAccounts.POLICY, TestAccounts.password(TestAccounts.POLICY))
                .postForEntity(path, new HttpEntity<>(parts, headers), String.class);
    }
}

package org.judgementsupport.rulechange;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.judgementsupport.ruleset.RuleFolderFixture;
import org.judgementsupport.ruleset.RuleSetFolder;
import org.judgementsupport.ruleset.RuleSetRegistry;
import org.judgementsupport.ruleset.WorkbookEdit;
import org.judgementsupport.security.TestAccounts;
import org.junit.jupiter.api.AfterEach;
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
 * A change goes into service as a release does: one policy officer proposes it, a colleague approves it, and only then
 * can it be activated; a change made against a version no longer in service is refused as stale, and rebased on top
 * of what is in service. Going back to a version served before needs no approval.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "judgement-support.rule-set.approvals-required=1")
class RuleSetApprovalTest {

    private static final Path FOLDER = RuleFolderFixture.temporaryCopyOfRepository("rule-folder-approvals").root();
    private static final String CONCERNS = "decision-tables/criteria/national-benchmark-concerns.drl.xlsx";
    private static final String CASELOAD_CONCERN = "Caseloads are above the national 90th percentile";
    private static final String VACANCY_CONCERN = "The social worker vacancy rate is above the national 90th percentile";

    @DynamicPropertySource
    static void ruleFolder(DynamicPropertyRegistry properties) {
        properties.add("judgement-support.rule-set.folder", FOLDER::toString);
    }

    @Autowired
    TestRestTemplate http;

    @Autowired
    RuleSetRegistry registry;

    @Autowired
    RuleChangeLog changeLog;

    private final ObjectMapper json = new ObjectMapper();
    private final String original = new RuleSetFolder(FOLDER).read().version();

    @AfterEach
    void backToTheOriginal() {
        if (!registry.active().version().equals(original)) {
            ResponseEntity<String> back = as(TestAccounts.POLICY).postForEntity("/api/v1/rulesets/" + original + "/activate?comment=back to the original",
                    null, String.class);
            assertThat(back.getStatusCode().value()).as(back.getBody()).isEqualTo(201);
        }
    }

    @Test
    void aChangeWaitsForAColleaguesApprovalThenGoesIntoServiceWithEveryoneInTheChangeLog() throws Exception {
        byte[] changed = concerns(CASELOAD_CONCERN, "England 15.2 (approved wording)");
        ResponseEntity<String> proposed = upload(TestAccounts.POLICY, changed, "benchmark wording agreed at panel");

        assertThat(proposed.getStatusCode().value()).as(proposed.getBody()).isEqualTo(202);
        JsonNode attempt = json.readTree(proposed.getBody());
        String candidate = attempt.path("version").asText();
        assertThat(attempt.path("outcome").asText()).isEqualTo("PROPOSED");
        assertThat(registry.active().version()).as("nothing goes live unapproved").isEqualTo(original);
        assertThat(Files.readAllBytes(FOLDER.resolve(CONCERNS))).as("nor into the rule folder").isEqualTo(read(CONCERNS));

        JsonNode waiting = awaiting(candidate);
        assertThat(waiting.path("proposedBy").asText()).isEqualTo(TestAccounts.POLICY);
        assertThat(waiting.path("basedOn").asText()).isEqualTo(original);
        assertThat(waiting.path("stale").asBoolean()).isFalse();
        assertThat(waiting.path("approvals")).isEmpty();
        assertThat(waiting.path("approvalsMissing").asInt()).isEqualTo(1);
        assertThat(waiting.path("validation").path("valid").asBoolean()).isTrue();
        assertThat(waiting.path("validation").path("scenariosPassed").asInt()).isEqualTo(waiting.path("validation").path("scenariosRun").asInt()).isPositive();
        assertThat(waiting.path("impactPreview").asText()).isEqualTo("/api/v1/rulesets/candidates/" + candidate + "/impact");

        JsonNode notYet = problem(activate(TestAccounts.POLICY, candidate), 409);
        assertThat(notYet.path("type").asText()).isEqualTo("/problems/approvals-missing");
        assertThat(notYet.path("approvalsMissing").asInt()).isEqualTo(1);
        assertThat(notYet.path("detail").asText()).contains("needs 1 approval", "it has 0");

        JsonNode own = problem(decide(TestAccounts.POLICY, candidate, "approvals", "looks right to me"), 403);
        assertThat(own.path("type").asText()).isEqualTo("/problems/own-candidate");
        JsonNode noReason = problem(as(TestAccounts.OTHER_POLICY).postForEntity("/api/v1/rulesets/" + candidate + "/approvals", null, String.class), 400);
        assertThat(noReason.toString()).contains("comment");
        assertThat(awaiting(candidate).path("approvals")).as("a refused approval changes nothing").isEmpty();

        ResponseEntity<String> approved = decide(TestAccounts.OTHER_POLICY, candidate, "approvals", "checked against the DfE tables");
        assertThat(approved.getStatusCode().value()).as(approved.getBody()).isEqualTo(200);
        JsonNode approval = json.readTree(approved.getBody());
        assertThat(approval.path("approvals").get(0).path("by").asText()).isEqualTo(TestAccounts.OTHER_POLICY);
        assertThat(approval.path("approvals").get(0).path("comment").asText()).isEqualTo("checked against the DfE tables");
        assertThat(approval.path("approvalsMissing").asInt()).isZero();

        ResponseEntity<String> activated = activate(TestAccounts.POLICY, candidate);
        assertThat(activated.getStatusCode().value()).as(activated.getBody()).isEqualTo(201);
        assertThat(registry.active().version()).isEqualTo(candidate);
        assertThat(Files.readAllBytes(FOLDER.resolve(CONCERNS))).isEqualTo(changed);
        assertThat(status().path("awaitingApproval")).as("no longer waiting").noneMatch(entry -> entry.path("version").asText().equals(candidate));

        List<String> logged = new ArrayList<>();
        changeLog.list(0, 50).stream().filter(entry -> entry.version().equals(candidate))
                .forEach(entry -> logged.add(0, entry.actor() + " " + entry.action() + " " + entry.outcome()));
        assertThat(logged).containsExactly("policy ACTIVATION PROPOSED", "policy2 APPROVAL APPROVED", "policy ACTIVATION ACTIVATED");
    }

    @Test
    void aRejectedChangeCanNeverGoIntoService() throws Exception {
        String candidate = json.readTree(upload(TestAccounts.POLICY, concerns(CASELOAD_CONCERN, "to be rejected"), "a wording to try").getBody())
                .path("version").asText();

        ResponseEntity<String> rejected = decide(TestAccounts.OTHER_POLICY, candidate, "rejections", "the benchmark must quote DfE's wording");

        assertThat(rejected.getStatusCode().value()).as(rejected.getBody()).isEqualTo(200);
        assertThat(json.readTree(rejected.getBody()).path("state").asText()).isEqualTo("REJECTED");
        assertThat(status().path("awaitingApproval")).noneMatch(entry -> entry.path("version").asText().equals(candidate));
        JsonNode closed = problem(decide(TestAccounts.EVERYTHING, candidate, "approvals", "approving anyway"), 409);
        assertThat(closed.path("type").asText()).isEqualTo("/problems/candidate-not-awaiting-approval");
        assertThat(problem(activate(TestAccounts.POLICY, candidate), 409).path("detail").asText()).contains("rejected");
        assertThat(registry.active().version()).isEqualTo(original);
        assertThat(changeLog.list(0, 5)).anySatisfy(entry -> {
            assertThat(entry.actor()).isEqualTo(TestAccounts.OTHER_POLICY);
            assertThat(entry.action()).isEqualTo(RuleChangeLog.Action.REJECTION);
            assertThat(entry.comment()).isEqualTo("the benchmark must quote DfE's wording");
        });
    }

    @Test
    void aChangeMadeBeforeAnotherWentLiveIsStaleUntilRebasedAndTheRebaseKeepsBothChanges() throws Exception {
        String first = json.readTree(upload(TestAccounts.POLICY, concerns(CASELOAD_CONCERN, "caseload wording A"), "caseload wording").getBody())
                .path("version").asText();
        String second = json.readTree(upload(TestAccounts.EVERYTHING, concerns(VACANCY_CONCERN, "vacancy wording B"), "vacancy wording").getBody())
                .path("version").asText();
        approveAndActivate(second);

        JsonNode stale = problem(decide(TestAccounts.OTHER_POLICY, first, "approvals", "fine"), 409);
        assertThat(stale.path("type").asText()).isEqualTo("/problems/stale-candidate");
        assertThat(stale.path("basedOn").asText()).isEqualTo(original);
        assertThat(stale.path("inService").asText()).isEqualTo(second);
        assertThat(stale.path("changedSince").get(0).path("path").asText()).isEqualTo(CONCERNS);
        assertThat(stale.path("changedSince").get(0).path("cells").get(0).path("after").asText()).isEqualTo("vacancy wording B");
        assertThat(problem(activate(TestAccounts.POLICY, first), 409).path("type").asText()).isEqualTo("/problems/stale-candidate");
        assertThat(awaiting(first).path("stale").asBoolean()).isTrue();

        ResponseEntity<String> rebased = as(TestAccounts.POLICY).postForEntity("/api/v1/rulesets/" + first + "/rebase?comment=on top of the vacancy wording",
                null, String.class);

        assertThat(rebased.getStatusCode().value()).as(rebased.getBody()).isEqualTo(202);
        String merged = json.readTree(rebased.getBody()).path("version").asText();
        assertThat(awaiting(merged).path("basedOn").asText()).isEqualTo(second);
        assertThat(status().path("awaitingApproval")).noneMatch(entry -> entry.path("version").asText().equals(first));
        approveAndActivate(merged);
        assertThat(judge()).as("the candidate's change, now in service").contains("caseload wording A");
        assertThat(new RuleSetFolder(FOLDER).read().files().stream().filter(file -> file.path().equals(CONCERNS)).findFirst().orElseThrow().content())
                .satisfies(content -> assertThat(cellsOf(content)).contains("caseload wording A", "vacancy wording B"));
    }

    @Test
    void aRebaseWhereBothChangedTheSameCellListsTheCellAndChangesNothing() throws Exception {
        String first = json.readTree(upload(TestAccounts.POLICY, concerns(CASELOAD_CONCERN, "caseload wording C"), "one wording").getBody())
                .path("version").asText();
        String second = json.readTree(upload(TestAccounts.EVERYTHING, concerns(CASELOAD_CONCERN, "caseload wording D"), "another wording").getBody())
                .path("version").asText();
        approveAndActivate(second);

        JsonNode conflict = problem(as(TestAccounts.POLICY).postForEntity("/api/v1/rulesets/" + first + "/rebase?comment=try", null, String.class), 409);

        assertThat(conflict.path("type").asText()).isEqualTo("/problems/rebase-conflict");
        JsonNode cell = conflict.path("conflicts").get(0);
        assertThat(cell.path("path").asText()).isEqualTo(CONCERNS);
        assertThat(cell.path("sheet").asText()).isEqualTo("Concerns");
        assertThat(cell.path("candidate").asText()).isEqualTo("caseload wording C");
        assertThat(cell.path("inService").asText()).isEqualTo("caseload wording D");
        assertThat(conflict.path("conflicts")).hasSize(1);
        assertThat(registry.active().version()).isEqualTo(second);
        assertThat(awaiting(first).path("state").asText()).isEqualTo("AWAITING_APPROVAL");
    }

    @Test
    void goingBackToAVersionServedBeforeNeedsNoApprovalAndIsRecordedAsARollback() throws Exception {
        String changed = json.readTree(upload(TestAccounts.POLICY, concerns(CASELOAD_CONCERN, "served for a while"), "a change").getBody())
                .path("version").asText();
        approveAndActivate(changed);

        ResponseEntity<String> back = as(TestAccounts.POLICY).postForEntity("/api/v1/rulesets/" + original + "/activate?comment=the change misled inspectors",
                null, String.class);

        assertThat(back.getStatusCode().value()).as(back.getBody()).isEqualTo(201);
        assertThat(json.readTree(back.getBody()).path("by").asText()).isEqualTo("ROLLBACK");
        assertThat(registry.active().version()).isEqualTo(original);
        RuleChangeLog.Entry latest = changeLog.list(0, 1).get(0);
        assertThat(latest.action()).isEqualTo(RuleChangeLog.Action.ROLLBACK);
        assertThat(latest.actor()).isEqualTo(TestAccounts.POLICY);
        assertThat(latest.comment()).isEqualTo("the change misled inspectors");
    }

    private void approveAndActivate(String version) throws Exception {
        ResponseEntity<String> approved = decide(TestAccounts.OTHER_POLICY, version, "approvals", "approved");
        assertThat(approved.getStatusCode().value()).as(approved.getBody()).isEqualTo(200);
        ResponseEntity<String> activated = activate(TestAccounts.OTHER_POLICY, version);
        assertThat(activated.getStatusCode().value()).as(activated.getBody()).isEqualTo(201);
    }

    private JsonNode awaiting(String version) throws Exception {
        JsonNode proposal = json.readTree(as(TestAccounts.POLICY).getForObject("/api/v1/rulesets/" + version + "/proposal", String.class));
        if (proposal.path("state").asText().equals("AWAITING_APPROVAL")) {
            assertThat(status().path("awaitingApproval")).as("status lists what awaits approval")
                    .anySatisfy(entry -> assertThat(entry.path("version").asText()).isEqualTo(version));
        }
        return proposal;
    }

    private JsonNode status() throws Exception {
        return json.readTree(as(TestAccounts.POLICY).getForObject("/api/v1/rulesets/status", String.class));
    }

    private JsonNode problem(ResponseEntity<String> response, int status) throws Exception {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
        return json.readTree(response.getBody());
    }

    private ResponseEntity<String> activate(String user, String version) {
        return as(user).postForEntity("/api/v1/rulesets/" + version + "/activate?comment=release it", null, String.class);
    }

    private ResponseEntity<String> decide(String user, String version, String decision, String comment) {
        return as(user).postForEntity("/api/v1/rulesets/" + version + "/" + decision + "?comment={comment}", null, String.class, comment);
    }

    private TestRestTemplate as(String user) {
        return http.withBasicAuth(user, TestAccounts.password(user));
    }

    private ResponseEntity<String> upload(String user, byte[] concerns, String comment) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        HttpHeaders fileHeaders = new HttpHeaders();
        fileHeaders.setContentDisposition(ContentDisposition.formData().name(CONCERNS).filename(CONCERNS).build());
        fileHeaders.setContentType(MediaType.APPLICATION_OCTET_STREAM);
        parts.add(CONCERNS, new HttpEntity<>(new ByteArrayResource(concerns), fileHeaders));
        parts.add("comment", comment);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return as(user).postForEntity("/api/v1/rulesets", new HttpEntity<>(parts, headers), String.class);
    }

    private String judge() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return as(TestAccounts.EVERYTHING).postForObject("/api/v1/judgements", new HttpEntity<>("""
                {"localAuthority": {"code": "E09000002"}, "inspection": {"startDate": "2024-05-13"},
                 "workforce": {"caseloadPerSocialWorker": 19}, "leadership": {"practiceQuality": "CONSISTENTLY_EFFECTIVE"}}""", headers), String.class);
    }

    private static String cellsOf(byte[] workbook) {
        try {
            return org.judgementsupport.ruleset.WorkbookDiff.between(read(CONCERNS), workbook).toString();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The concerns workbook as the repository has it, with one row's benchmark changed. */
    private static byte[] concerns(String row, String benchmark) throws IOException {
        return WorkbookEdit.setCell(read(CONCERNS), row, "National benchmark", benchmark);
    }

    private static byte[] read(String path) throws IOException {
        return Files.readAllBytes(Path.of(path));
    }
}

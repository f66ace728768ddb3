package org.judgementsupport.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.judgementsupport.security.Role.ADMIN;
import static org.judgementsupport.security.Role.INSPECTOR;
import static org.judgementsupport.security.Role.MODERATOR;
import static org.judgementsupport.security.Role.POLICY;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.judgementsupport.realdata.SharedData;
import org.judgementsupport.ruleset.RuleSetRegistry;
import org.judgementsupport.web.PageController;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint, called by nobody and by each role: allowed, 401 or 403, as the table below says, and a refused
 * call changes nothing. The table must list every endpoint the service has, so a new one cannot be left out.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class AccessControlTest {

    @DynamicPropertySource
    static void statistics(DynamicPropertyRegistry properties) {
        properties.add("judgement-support.real-data.folder", () -> SharedData.dataFolder().toString());
    }

    /** Anyone signed in, whatever their roles. */
    private static final Set<Role> SIGNED_IN = EnumSet.allOf(Role.class);
    /** Nobody need sign in. */
    private static final Set<Role> PUBLIC = Set.of();

    private static final String NO_SUCH_ID = "00000000-0000-0000-0000-000000000000";

    /**
     * One call: the mapping it exercises, the request, who may make it, and what those who may get: a status, and for
     * a refusal the kind of problem, so that an allowed call is seen to reach its endpoint (a 404 from a missing route
     * or a 503 is not access granted). Bodies are chosen so that an allowed call is refused for what it says (no such
     * id, nothing uploaded) rather than doing something, except where doing it is harmless (a judgement).
     */
    record Call(HttpMethod method, String mapping, String path, Object body, Set<Role> allowed, String outcome) {

        /** The status an allowed caller gets; "2xx" where it depends on what callers before did, e.g. 201 and then 200. */
        int status() {
            return outcome.equals("2xx") ? 200 : Integer.parseInt(outcome.split(" ")[0]);
        }

        /** The problem type an allowed caller gets, or null for a success. */
        String problem() {
            return outcome.contains(" ") ? outcome.substring(outcome.indexOf(' ') + 1) : null;
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private static final String NOT_FOUND = "404 /problems/not-found";

    static final List<Call> CALLS = List.of(
            // Public
            new Call(GET, "/actuator/health", "/actuator/health", null, PUBLIC, "200"),
            new Call(GET, "/actuator/health/readiness", "/actuator/health/readiness", null, PUBLIC, "200"),
            new Call(GET, "/v3/api-docs", "/v3/api-docs", null, PUBLIC, "200"),
            // Judgements
            new Call(POST, "/api/v1/judgements", "/api/v1/judgements", json("""
                    {"localAuthority": {"code": "E09000002"}, "inspection": {"startDate": "2024-05-13"}}"""), EnumSet.of(INSPECTOR), "201"),
            new Call(GET, "/api/v1/judgements", "/api/v1/judgements", null, EnumSet.of(INSPECTOR, MODERATOR), "200"),
            new Call(GET, "/api/v1/judgements/{id}", "/api/v1/judgements/" + NO_SUCH_ID, null, EnumSet.of(INSPECTOR, MODERATOR), NOT_FOUND),
            new Call(POST, "/api/v1/judgements/{id}/replay", "/api/v1/judgements/" + NO_SUCH_ID + "/replay", null, EnumSet.of(INSPECTOR, MODERATOR), NOT_FOUND),
            new Call(GET, "/api/v1/judgements/chain/verification", "/api/v1/judgements/chain/verification", null, EnumSet.of(MODERATOR, ADMIN), "200"),
            new Call(GET, "/api/v1/judgements/chain/checkpoints", "/api/v1/judgements/chain/checkpoints", null, EnumSet.of(MODERATOR, ADMIN), "200"),
            new Call(POST, "/api/v1/judgements/chain/checkpoints", "/api/v1/judgements/chain/checkpoints", null, EnumSet.of(MODERATOR, ADMIN), "2xx"),
            // What the criteria are
            new Call(GET, "/api/v1/frameworks", "/api/v1/frameworks", null, SIGNED_IN, "200"),
            new Call(GET, "/api/v1/rules", "/api/v1/rules", null, SIGNED_IN, "200"),
            // Rule sets
            new Call(GET, "/api/v1/rulesets", "/api/v1/rulesets", null, SIGNED_IN, "200"),
            new Call(GET, "/api/v1/rulesets/changes", "/api/v1/rulesets/changes", null, EnumSet.of(POLICY, MODERATOR, ADMIN), "200"),
            new Call(GET, "/api/v1/rulesets/active", "/api/v1/rulesets/active", null, SIGNED_IN, "200"),
            new Call(GET, "/api/v1/rulesets/status", "/api/v1/rulesets/status", null, SIGNED_IN, "200"),
            new Call(GET, "/api/v1/rulesets/{version}", "/api/v1/rulesets/0000000000ff", null, SIGNED_IN, NOT_FOUND),
            new Call(GET, "/api/v1/rulesets/{version}/report", "/api/v1/rulesets/0000000000ff/report", null, SIGNED_IN, NOT_FOUND),
            new Call(GET, "/api/v1/rulesets/{version}/files/**", "/api/v1/rulesets/0000000000ff/files/rules/x.drl", null, SIGNED_IN, NOT_FOUND),
            new Call(POST, "/api/v1/rulesets/validate", "/api/v1/rulesets/validate", emptyUpload(), EnumSet.of(POLICY), "400 /problems/invalid-upload"),
            new Call(POST, "/api/v1/rulesets", "/api/v1/rulesets", emptyUpload(), EnumSet.of(POLICY), "400 /problems/invalid-upload"),
            new Call(POST, "/api/v1/rulesets/{version}/activate", "/api/v1/rulesets/0000000000ff/activate", null, EnumSet.of(POLICY), "400 /problems/invalid-parameter"),
            new Call(POST, "/api/v1/rulesets/{version}/approvals", "/api/v1/rulesets/0000000000ff/approvals", null, EnumSet.of(POLICY), "400 /problems/invalid-parameter"),
            new Call(POST, "/api/v1/rulesets/{version}/rejections", "/api/v1/rulesets/0000000000ff/rejections", null, EnumSet.of(POLICY), "400 /problems/invalid-parameter"),
            new Call(POST, "/api/v1/rulesets/{version}/rebase", "/api/v1/rulesets/0000000000ff/rebase", null, EnumSet.of(POLICY), "400 /problems/invalid-parameter"),
            new Call(GET, "/api/v1/rulesets/{version}/proposal", "/api/v1/rulesets/0000000000ff/proposal", null, SIGNED_IN, NOT_FOUND),
            new Call(POST, "/api/v1/rulesets/candidates/{id}/impact", "/api/v1/rulesets/candidates/0000000000ff/impact", null, EnumSet.of(POLICY), NOT_FOUND),
            // Moderation
            new Call(POST, "/api/v1/moderation/reports", "/api/v1/moderation/reports", json("{\"cases\": []}"), EnumSet.of(MODERATOR), "400 /problems/invalid-batch"),
            new Call(POST, "/api/v1/moderation/reports", "/api/v1/moderation/reports", csvUpload(), EnumSet.of(MODERATOR), "400 /problems/invalid-batch"),
            new Call(GET, "/api/v1/moderation/reports", "/api/v1/moderation/reports", null, EnumSet.of(MODERATOR), "200"),
            new Call(GET, "/api/v1/moderation/reports/template.csv", "/api/v1/moderation/reports/template.csv", null, EnumSet.of(MODERATOR), "200"),
            new Call(GET, "/api/v1/moderation/reports/template.xlsx", "/api/v1/moderation/reports/template.xlsx", null, EnumSet.of(MODERATOR), "200"),
            new Call(GET, "/api/v1/moderation/reports/{id}", "/api/v1/moderation/reports/" + NO_SUCH_ID, null, EnumSet.of(MODERATOR), NOT_FOUND),
            new Call(GET, "/api/v1/moderation/reports/{id}/report.json", "/api/v1/moderation/reports/" + NO_SUCH_ID + "/report.json", null,
                    EnumSet.of(MODERATOR), NOT_FOUND),
            new Call(GET, "/api/v1/moderation/reports/{id}/cases.csv", "/api/v1/moderation/reports/" + NO_SUCH_ID + "/cases.csv", null,
                    EnumSet.of(MODERATOR), NOT_FOUND),
            new Call(GET, "/api/v1/moderation/reports/{id}/areas.csv", "/api/v1/moderation/reports/" + NO_SUCH_ID + "/areas.csv", null,
                    EnumSet.of(MODERATOR), NOT_FOUND),
            // Published statistics
            new Call(GET, "/api/v1/real-data/evidence", "/api/v1/real-data/evidence?localAuthority=E09000002&asOf=2023-07-10", null,
                    EnumSet.of(INSPECTOR, MODERATOR, POLICY), "200"),
            new Call(GET, "/api/v1/real-data/corpus", "/api/v1/real-data/corpus", null, EnumSet.of(MODERATOR, POLICY), "200"),
            // Where to look next
            new Call(GET, "/api/v1/targeting", "/api/v1/targeting?asOf=2024-04-01", null, EnumSet.of(INSPECTOR, MODERATOR, POLICY), "200"),
            new Call(GET, "/api/v1/targeting/ranking.csv", "/api/v1/targeting/ranking.csv?asOf=2024-04-01", null,
                    EnumSet.of(INSPECTOR, MODERATOR, POLICY), "200"),
            // Accounts
            new Call(GET, "/api/v1/users/me", "/api/v1/users/me", null, SIGNED_IN, "200"),
            new Call(POST, "/api/v1/users/me/password", "/api/v1/users/me/password", json("{\"currentPassword\": \"wrong\", \"newPassword\": \"x\"}"),
                    SIGNED_IN, "400 /problems/invalid-account-request"),
            new Call(GET, "/api/v1/users", "/api/v1/users", null, EnumSet.of(ADMIN), "200"),
            new Call(POST, "/api/v1/users", "/api/v1/users", json("{\"username\": \"!\", \"roles\": []}"), EnumSet.of(ADMIN), "400 /problems/invalid-account-request"),
            new Call(GET, "/api/v1/users/{username}", "/api/v1/users/nobody", null, EnumSet.of(ADMIN), NOT_FOUND),
            new Call(PUT, "/api/v1/users/{username}/roles", "/api/v1/users/nobody/roles", json("{\"roles\": [\"INSPECTOR\"]}"), EnumSet.of(ADMIN), NOT_FOUND),
            new Call(PUT, "/api/v1/users/{username}/enabled", "/api/v1/users/nobody/enabled", json("{\"enabled\": false}"), EnumSet.of(ADMIN), NOT_FOUND),
            new Call(POST, "/api/v1/users/{username}/password-reset", "/api/v1/users/nobody/password-reset", null, EnumSet.of(ADMIN), NOT_FOUND));

    /** Each role on its own, and nobody. */
    private static final Map<String, Role> CALLERS = new LinkedHashMap<>();

    static {
        CALLERS.put(null, null);
        CALLERS.put(TestAccounts.INSPECTOR, INSPECTOR);
        CALLERS.put(TestAccounts.MODERATOR, MODERATOR);
        CALLERS.put(TestAccounts.POLICY, POLICY);
        CALLERS.put(TestAccounts.ADMIN, ADMIN);
    }

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RuleSetRegistry registry;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final ObjectMapper json = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> everyEndpointAllowsExactlyTheRolesItShouldAndARefusalChangesNothing() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Call call : CALLS) {
            CALLERS.forEach((username, role) -> tests.add(DynamicTest.dynamicTest(call + " as " + (username == null ? "nobody" : role), () -> {
                String before = state();
                ResponseEntity<String> response = send(call, username);
                int status = response.getStatusCode().value();
                if (call.allowed() == PUBLIC || call.allowed().contains(role)) {
                    if (call.outcome().equals("2xx")) {
                        assertThat(status).as(response.getBody()).isBetween(200, 299);
                    } else {
                        assertThat(status).as(response.getBody()).isEqualTo(call.status());
                    }
                    if (call.problem() != null) {
                        assertThat(problemType(response)).as(response.getBody()).isEqualTo(call.problem());
                    }
                } else if (username == null) {
                    assertThat(status).isEqualTo(401);
                    assertThat(problemType(response)).isEqualTo("/problems/unauthenticated");
                } else {
                    assertThat(status).isEqualTo(403);
                    assertThat(problemType(response)).isEqualTo("/problems/forbidden");
                }
                if (status == 401 || status == 403) {
                    assertThat(state()).as("nothing changed by a refused call").isEqualTo(before);
                }
            })));
        }
        return tests.stream();
    }

    @Test
    void theTableListsEveryEndpointTheServiceHas() {
        List<String> missing = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            // Pages have a table of their own (web.PageAccessTest): the session they sign in with is not the API's.
            if (!mapping.getValue().getBeanType().getPackageName().startsWith("org.judgementsupport")
                    || mapping.getValue().getBeanType().getPackageName().startsWith("org.judgementsupport.web")
                    || mapping.getValue().getBeanType().isAnnotationPresent(PageController.class)) {
                continue;
            }
            for (String pattern : mapping.getKey().getPatternValues()) {
                for (var method : mapping.getKey().getMethodsCondition().getMethods()) {
                    boolean listed = CALLS.stream().anyMatch(call -> call.mapping().equals(pattern) && call.method().name().equals(method.name()));
                    if (!listed) {
                        missing.add(method + " " + pattern);
                    }
                }
            }
        }
        assertThat(missing).as("endpoints missing from the access table").isEmpty();
    }

    @Test
    void inspectorsReadTheirOwnJudgementsAndNobodyElses() throws Exception {
        Call postAJudgement = CALLS.stream().filter(call -> call.method() == POST && call.mapping().equals("/api/v1/judgements")).findFirst().orElseThrow();
        String mine = json.readTree(send(postAJudgement, TestAccounts.INSPECTOR).getBody()).path("id").asText();

        assertThat(get("/api/v1/judgements/" + mine, TestAccounts.INSPECTOR).getStatusCode().value()).isEqualTo(200);
        assertThat(get("/api/v1/judgements/" + mine, TestAccounts.MODERATOR).getStatusCode().value()).isEqualTo(200);
        ResponseEntity<String> someoneElses = get("/api/v1/judgements/" + mine, TestAccounts.OTHER_INSPECTOR);
        assertThat(someoneElses.getStatusCode().value()).isEqualTo(403);
        assertThat(json.readTree(someoneElses.getBody()).path("detail").asText()).contains("requested by someone else");
        assertThat(ids(get("/api/v1/judgements", TestAccounts.OTHER_INSPECTOR))).doesNotContain(mine);
        assertThat(ids(get("/api/v1/judgements", TestAccounts.INSPECTOR))).contains(mine);
        assertThat(json.readTree(get("/api/v1/judgements/" + mine, TestAccounts.MODERATOR).getBody()).path("recordedBy").asText())
                .isEqualTo(TestAccounts.INSPECTOR);
    }

    @Test
    void aWrongPasswordOrADisabledAccountIsNotSignedIn() {
        ResponseEntity<String> wrong = http.withBasicAuth(TestAccounts.INSPECTOR, "not-the-password").getForEntity("/api/v1/frameworks", String.class);
        assertThat(wrong.getStatusCode().value()).isEqualTo(401);
        assertThat(wrong.getHeaders().get("WWW-Authenticate")).containsExactly("Basic realm=\"judgement-support\", charset=\"UTF-8\"");

        String username = "leaver-" + UUID.randomUUID().toString().substring(0, 8);
        JsonNode created = readTree(http.withBasicAuth(TestAccounts.ADMIN, TestAccounts.password(TestAccounts.ADMIN))
                .postForEntity("/api/v1/users", json("{\"username\": \"" + username + "\", \"roles\": [\"INSPECTOR\"]}"), String.class).getBody());
        String password = created.path("password").asText();
        assertThat(http.withBasicAuth(username, password).getForEntity("/api/v1/frameworks", String.class).getStatusCode().value()).isEqualTo(200);

        http.withBasicAuth(TestAccounts.ADMIN, TestAccounts.password(TestAccounts.ADMIN))
                .exchange("/api/v1/users/" + username + "/enabled", PUT, json("{\"enabled\": false}"), String.class);

        assertThat(http.withBasicAuth(username, password).getForEntity("/api/v1/frameworks", String.class).getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void theApiDocumentationListsEachOperationUnderTheGroupsTheAccessTableAllowsWithItsRefusals() {
        JsonNode paths = readTree(http.getForEntity("/v3/api-docs", String.class).getBody()).path("paths");
        Map<Role, String> groups = Map.of(INSPECTOR, "Inspectors", MODERATOR, "Moderation panels", POLICY, "Policy staff", ADMIN, "Administrators");
        List<String> wrong = new ArrayList<>();
        for (Call call : CALLS) {
            if (!call.mapping().startsWith("/api/")) {
                continue;
            }
            JsonNode operation = paths.path(call.mapping()).path(call.method().name().toLowerCase(java.util.Locale.ROOT));
            if (operation.isMissingNode()) {
                wrong.add(call.method() + " " + call.mapping() + ": not documented");
                continue;
            }
            List<String> expected = call.allowed().equals(SIGNED_IN) ? List.of("Anyone signed in")
                    : Stream.of("Inspectors", "Moderation panels", "Policy staff", "Administrators")
                            .filter(group -> call.allowed().stream().map(groups::get).anyMatch(group::equals)).toList();
            List<String> tags = new ArrayList<>();
            operation.path("tags").forEach(tag -> tags.add(tag.asText()));
            if (!tags.equals(expected)) {
                wrong.add(call.method() + " " + call.mapping() + ": tagged " + tags + ", allowed to " + expected);
            }
            for (String status : List.of("401", "403")) {
                if (!operation.path("responses").path(status).path("content").path("application/problem+json").path("schema").path("$ref").asText()
                        .equals("#/components/schemas/Problem")) {
                    wrong.add(call.method() + " " + call.mapping() + ": no " + status + " problem");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyRefusalForWantOfSigningInSaysHowToSignIn() {
        for (Call call : CALLS) {
            if (call.allowed() == PUBLIC) {
                continue;
            }
            ResponseEntity<String> response = send(call, null);

            assertThat(response.getStatusCode().value()).as(call.toString()).isEqualTo(401);
            assertThat(response.getHeaders().get("WWW-Authenticate")).as(call.toString())
                    .containsExactly("Basic realm=\"judgement-support\", charset=\"UTF-8\"");
        }
    }

    @Test
    void anAddressNoEndpointAnswersIsNotFoundWhoeverAsks() {
        for (String path : List.of("/api/v1/judgement", "/api/v1/judgements/chain/verify", "/api/v2/judgements", "/api/v1/moderation/report")) {
            for (String username : new String[] {null, TestAccounts.INSPECTOR, TestAccounts.ADMIN}) {
                ResponseEntity<String> response = username == null ? http.getForEntity(path, String.class) : get(path, username);

                assertThat(response.getStatusCode().value()).as(path + " as " + username).isEqualTo(404);
                assertThat(problemType(response)).isEqualTo("/problems/not-found");
                assertThat(readTree(response.getBody()).path("detail").asText()).isEqualTo("Nothing is at GET " + path
                        + ": check the address. The API documentation, /swagger-ui.html, lists every address.");
            }
        }
    }

    @Test
    void anAddressCalledWithAMethodItDoesNotTakeSaysWhichItTakesAndChangesNothing() {
        String before = state();

        ResponseEntity<String> response = http.withBasicAuth(TestAccounts.ADMIN, TestAccounts.password(TestAccounts.ADMIN))
                .exchange("/api/v1/users/me", HttpMethod.DELETE, HttpEntity.EMPTY, String.class);

        assertThat(response.getStatusCode().value()).isEqualTo(405);
        assertThat(problemType(response)).isEqualTo("/problems/method-not-allowed");
        assertThat(response.getHeaders().getAllow()).containsExactly(GET);
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void aChangeABrowserSendsFromAnotherSiteIsRefusedBeforeAnythingIsReadButNotOneFromTheServiceItself() {
        Call createAccount = CALLS.stream().filter(call -> call.method() == POST && call.mapping().equals("/api/v1/users")).findFirst().orElseThrow();
        String before = state();
        for (Map<String, String> crossSite : List.of(Map.of("Sec-Fetch-Site", "cross-site"), Map.of("Sec-Fetch-Site", "same-site"),
                Map.of("Origin", "https://attacker.example"), Map.of("Origin", "null"))) {
            ResponseEntity<String> refused = sendWith(createAccount, TestAccounts.ADMIN, crossSite);

            assertThat(refused.getStatusCode().value()).as(crossSite.toString()).isEqualTo(403);
            assertThat(problemType(refused)).isEqualTo("/problems/cross-site-request");
        }
        assertThat(state()).isEqualTo(before);

        String service = http.getRootUri();
        for (Map<String, String> ownSite : List.of(Map.of("Sec-Fetch-Site", "same-origin"), Map.of("Origin", service), Map.<String, String>of())) {
            assertThat(problemType(sendWith(createAccount, TestAccounts.ADMIN, ownSite))).as(ownSite.toString()).isEqualTo("/problems/invalid-account-request");
        }
        Call frameworks = CALLS.stream().filter(call -> call.mapping().equals("/api/v1/frameworks")).findFirst().orElseThrow();
        assertThat(sendWith(frameworks, TestAccounts.INSPECTOR, Map.of("Sec-Fetch-Site", "cross-site")).getStatusCode().value())
                .as("reading is not refused").isEqualTo(200);
    }

    private ResponseEntity<String> sendWith(Call call, String username, Map<String, String> extraHeaders) {
        HttpHeaders headers = new HttpHeaders();
        HttpEntity<?> entity = call.body() == null ? HttpEntity.EMPTY : (HttpEntity<?>) call.body();
        headers.putAll(entity.getHeaders());
        extraHeaders.forEach(headers::set);
        return http.withBasicAuth(username, TestAccounts.password(username)).exchange(call.path(), call.method(),
                new HttpEntity<>(entity.getBody(), headers), String.class);
    }

    private ResponseEntity<String> send(Call call, String username) {
        TestRestTemplate client = username == null ? http : http.withBasicAuth(username, TestAccounts.password(username));
        return client.exchange(call.path(), call.method(), call.body() == null ? HttpEntity.EMPTY : (HttpEntity<?>) call.body(), String.class);
    }

    private ResponseEntity<String> get(String path, String username) {
        return http.withBasicAuth(username, TestAccounts.password(username)).getForEntity(path, String.class);
    }

    private List<String> ids(ResponseEntity<String> list) {
        List<String> ids = new ArrayList<>();
        readTree(list.getBody()).forEach(summary -> ids.add(summary.path("id").asText()));
        return ids;
    }

    /** Everything a call could change: stored records of every kind, the accounts, and the rule set in service. */
    private String state() {
        StringBuilder state = new StringBuilder(registry.active().version());
        for (String table : List.of("judgement_record", "moderation_report", "rule_set_version", "rule_set_activation", "rule_change", "app_user")) {
            state.append(' ').append(table).append('=').append(jdbc.sql("select count(*) from " + table).query(Long.class).single());
        }
        jdbc.sql("select username, roles, enabled, password_hash from app_user order by username").query((row, number) ->
                state.append(' ').append(row.getString(1)).append(row.getString(2)).append(row.getBoolean(3)).append(row.getString(4))).list();
        return state.toString();
    }

    private String problemType(ResponseEntity<String> response) {
        return readTree(response.getBody()).path("type").asText();
    }

    private JsonNode readTree(String body) {
        try {
            return json.readTree(body);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }

    private static HttpEntity<String> json(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }

    private static HttpEntity<LinkedMultiValueMap<String, Object>> emptyUpload() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("comment", "nothing attached");
        return new HttpEntity<>(parts, headers);
    }

    private static HttpEntity<LinkedMultiValueMap<String, Object>> csvUpload() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new ByteArrayResource("caseId\n".getBytes()) {
            @Override
            public String getFilename() {
                return "batch.csv";
            }
        });
        return new HttpEntity<>(parts, headers);
    }
}

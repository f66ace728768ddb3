package org.judgementsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.awaitility.Awaitility;
import org.judgementsupport.ruleset.RuleFolderFixture;
import org.judgementsupport.ruleset.RuleSetRegistry;
import org.judgementsupport.security.TestAccounts;
import org.judgementsupport.system.RawHttp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The probes that once took the service apart, run against a running service as an attacker would send them: each
 * must now get its 4xx as problem details, store and activate nothing, and leave the service answering its health check.
 * The service runs on a copy of the rule folder, watched, so files planted in it are seen as they would be in
 * production.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "judgement-support.rule-set.watch=true", "judgement-support.rule-set.quiet-period=100ms",
        "judgement-support.security.sign-in.free-failures-per-address=20"})
@DirtiesContext
class AttacksTest {

    private static final Path FOLDER = RuleFolderFixture.temporaryCopyOfRepository("rule-folder-attacked").root();
    private static final String EVIDENCE = """
            {"localAuthority": {"code": "E09000002"}, "inspection": {"startDate": "2024-05-13"}}""";

    @DynamicPropertySource
    static void ruleFolder(DynamicPropertyRegistry properties) {
        properties.add("judgement-support.rule-set.folder", FOLDER::toString);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RuleSetRegistry registry;

    @Autowired
    PasswordEncoder passwords;

    private final ObjectMapper json = new ObjectMapper();
    private RawHttp http;
    private String before;

    @BeforeEach
    void remember() {
        http = new RawHttp(port);
        before = state();
    }

    @AfterEach
    void theServiceStillAnswers() {
        RawHttp.Response health = http.send("GET", "/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body()).contains("\"UP\"");
    }

    @Test
    void anInspectorCannotMakeThemselvesAnAdministratorThroughAnAccountCalledMe() throws Exception {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("insert into app_user (username, password_hash, roles, enabled, created_at, created_by, password_changed_at) "
                + "values ('me', ?, 'INSPECTOR', true, ?, 'from the README example', ?)").params(passwords.encode("me-password-123"), now, now).update();
        String accounts = state();

        RawHttp.Response roles = http.send("PUT", "/api/v1/users/me/roles", bytes("{\"roles\": [\"ADMIN\"]}"), basic("me", "me-password-123"),
                "Content-Type: application/json");
        RawHttp.Response reset = http.send("POST", "/api/v1/users/me/password-reset", bytes("{}"), inspector(), "Content-Type: application/json");
        RawHttp.Response created = http.send("POST", "/api/v1/users", bytes("{\"username\": \"ME\", \"roles\": [\"INSPECTOR\"]}"),
                "Authorization: " + TestAccounts.basic(TestAccounts.ADMIN), "Content-Type: application/json");

        assertProblem(roles, 403);
        assertProblem(reset, 403);
        assertProblem(created, 400);
        assertThat(state()).isEqualTo(accounts);
        jdbc.sql("delete from app_user where username = 'me'").update();
    }

    @Test
    void linksAndOversizedFilesPlantedInTheRuleFolderAreRefusedNeverReadOrServed() throws Exception {
        Path secret = Files.writeString(Files.createTempDirectory("outside").resolve("passwd"), "root:x:0:0:the-secret-line");
        Files.createSymbolicLink(FOLDER.resolve("rules/passwd.drl"), secret);
        try (RandomAccessFile huge = new RandomAccessFile(FOLDER.resolve("rules/huge.drl").toFile(), "rw")) {
            huge.setLength(100L * 1024 * 1024);
        }
        // A real edit beside them, so the folder holds a new version to validate (files refused alone change no version).
        Path scenario = firstScenario();
        byte[] original = Files.readAllBytes(scenario);
        Files.write(scenario, (new String(original, StandardCharsets.UTF_8) + "\n# edited beside the planted files\n").getBytes(StandardCharsets.UTF_8));
        String inService = registry.active().version();
        try {
            JsonNode refused = Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                    .until(() -> json.readTree(http.send("GET", "/api/v1/rulesets/status", inspector()).body()).path("lastAttempt"),
                            attempt -> attempt.path("outcome").asText().equals("REFUSED"));

            String report = refused.path("report").toString();
            assertThat(report).contains("rules/passwd.drl", "is a link", "rules/huge.drl", "larger than a rule file may be");
            assertThat(registry.active().version()).isEqualTo(inService);
            String version = refused.path("version").asText();
            assertProblem(http.send("GET", "/api/v1/rulesets/" + version + "/files/rules/passwd.drl", inspector()), 404);
            assertProblem(http.send("GET", "/api/v1/rulesets/" + inService + "/files/rules/passwd.drl", inspector()), 404);
            assertThat(jdbc.sql("select count(*) from file_content where size_bytes > 5242880").query(Long.class).single()).isZero();
            assertThat(jdbc.sql("select content from file_content").query((row, number) -> new String(row.getBytes(1), StandardCharsets.ISO_8859_1))
                    .list()).noneMatch(content -> content.contains("the-secret-line"));
        } finally {
            Files.delete(FOLDER.resolve("rules/passwd.drl"));
            Files.delete(FOLDER.resolve("rules/huge.drl"));
            Files.write(scenario, original);
        }
    }

    @Test
    void aModerationCsvOfSixtyThousandRowsIsRefusedWith413NamingTheLimitAndNothingIsStored() {
        StringBuilder csv = new StringBuilder("caseId,localAuthority.code,localAuthority.name,inspection.startDate,helpAndProtection.practiceQuality,"
                + "missingChildren.returnInterviewsOfferedPct,workforce.caseloadPerSocialWorker,recorded.HELP_AND_PROTECTION\n");
        for (int row = 0; row < 60_000; row++) {
            csv.append("Case number ").append(row).append(" of a very large batch sent to see whether the service copes with it at all,E09000002,Barking and Dagenham,2024-05-13,CONSISTENTLY_EFFECTIVE,")
                    .append(60 + row % 40).append(',').append(15 + row % 10).append(",GOOD\n");
        }
        byte[] file = bytes(csv.toString());
        assertThat(file.length).isGreaterThan(10_000_000);

        long started = System.nanoTime();
        RawHttp.Response response = http.send("POST", "/api/v1/moderation/reports", multipart("file", "batch.csv", file),
                "Authorization: " + TestAccounts.basic(TestAccounts.MODERATOR), "Content-Type: multipart/form-data; boundary=" + BOUNDARY);
        long millis = (System.nanoTime() - started) / 1_000_000;

        JsonNode problem = assertProblem(response, 413);
        assertThat(problem.path("maxCases").asInt()).isEqualTo(10_000);
        assertThat(problem.path("detail").asText()).contains("judgement-support.moderation.max-cases");
        assertThat(state()).isEqualTo(before);
        System.out.printf("60,000-row CSV batch (%.1f MB) refused with 413 in %d ms%n", file.length / 1e6, millis);
    }

    @Test
    void aJsonModerationBatchOverTheLimitIsRefusedWith413() {
        StringBuilder batch = new StringBuilder("{\"cases\": [");
        for (int index = 0; index <= 10_000; index++) {
            batch.append(index == 0 ? "" : ",").append("{\"caseId\": \"c").append(index).append("\", \"evidence\": ").append(EVIDENCE)
                    .append(", \"recordedGrades\": {\"HELP_AND_PROTECTION\": \"GOOD\"}}");
        }
        RawHttp.Response response = http.send("POST", "/api/v1/moderation/reports", bytes(batch.append("]}").toString()),
                "Authorization: " + TestAccounts.basic(TestAccounts.MODERATOR), "Content-Type: application/json");

        assertThat(assertProblem(response, 413).path("maxCases").asInt()).isEqualTo(10_000);
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void idempotencyKeysCannotReachAnotherUsersJudgementOrBreakTheService() throws Exception {
        String key = UUID.randomUUID().toString();
        JsonNode theirs = json.readTree(http.send("POST", "/api/v1/judgements", bytes(EVIDENCE), inspector(), "Content-Type: application/json",
                "Idempotency-Key: " + key).body());
        String afterTheirs = state();

        RawHttp.Response mine = http.send("POST", "/api/v1/judgements", bytes(EVIDENCE), "Authorization: " + TestAccounts.basic(TestAccounts.OTHER_INSPECTOR),
                "Content-Type: application/json", "Idempotency-Key: " + key);
        assertThat(mine.status()).isEqualTo(201);
        assertThat(json.readTree(mine.body()).path("id").asText()).isNotEqualTo(theirs.path("id").asText());
        assertThat(json.readTree(mine.body()).path("recordedBy").asText()).isEqualTo(TestAccounts.OTHER_INSPECTOR);
        String afterMine = state();

        assertProblem(http.send("POST", "/api/v1/judgements", bytes(EVIDENCE), inspector(), "Content-Type: application/json",
                "Idempotency-Key: " + "k".repeat(256)), 400);
        assertProblem(http.send("POST", "/api/v1/judgements", bytes(EVIDENCE), inspector(), "Content-Type: application/json",
                "Idempotency-Key: a\u0001b"), 400);
        assertProblem(http.send("POST", "/api/v1/judgements", bytes(EVIDENCE), inspector(), "Content-Type: application/json",
                "Idempotency-Key: a\tb"), 400);
        assertThat(state()).isEqualTo(afterMine).isNotEqualTo(afterTheirs);
    }

    @Test
    void multipartWithoutABoundaryIsA400Everywhere() {
        for (String call : List.of("GET /api/v1/frameworks", "POST /api/v1/judgements", "POST /api/v1/rulesets", "POST /api/v1/users/me/password")) {
            assertProblem(http.send(call.split(" ")[0], call.split(" ")[1], bytes("--x--\r\n"), "Authorization: " + TestAccounts.basic(TestAccounts.EVERYTHING),
                    "Content-Type: multipart/form-data"), 400);
        }
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void passwordsTooLongForBcryptOrOnlySpacesAreRefusedNamingTheField() throws Exception {
        String user = newInspector();
        for (String password : List.of("p".repeat(100), " ".repeat(12))) {
            String body = json.writeValueAsString(Map.of("currentPassword", "the right passphrase", "newPassword", password));
            JsonNode problem = assertProblem(http.send("POST", "/api/v1/users/me/password", bytes(body), basic(user, "the right passphrase"),
                    "Content-Type: application/json"), 400);
            assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("newPassword");
        }
        assertProblem(http.send("GET", "/api/v1/users/me", basic(user, "q".repeat(100))), 401);
        assertThat(http.send("GET", "/api/v1/users/me", basic(user, "the right passphrase")).status()).isEqualTo(200);
    }

    @Test
    void jsonThatCouldMeanTwoThingsOrHidesCharactersIsRefusedAndNothingIsStored() throws Exception {
        Map<String, String> probes = new LinkedHashMap<>();
        probes.put("duplicate key", """
                {"localAuthority": {"code": "E09000002"}, "inspection": {"startDate": "2024-05-13"},
                 "childrenInCare": {"practiceQuality": "EXCEPTIONAL", "practiceQuality": "WIDESPREAD_OR_SERIOUS_FAILURES"}}""");
        probes.put("number for a named value", """
                {"localAuthority": {"code": "E09000002"}, "inspection": {"startDate": "2024-05-13"}, "leadership": {"practiceQuality": 0}}""");
        probes.put("control character in a name", """
                {"localAuthority": {"code": "E09000002", "name": "Barking\\u0000"}, "inspection": {"startDate": "2024-05-13"}}""");
        probes.put("bidirectional override in a name", """
                {"localAuthority": {"code": "E09000002", "name": "Barking \\u202Emahnegad"}, "inspection": {"startDate": "2024-05-13"}}""");
        probes.put("lone surrogate in a name", """
                {"localAuthority": {"code": "E09000002", "name": "Barking \\uDC00"}, "inspection": {"startDate": "2024-05-13"}}""");
        probes.put("start date in 9999", """
                {"localAuthority": {"code": "E09000002"}, "inspection": {"startDate": "9999-05-13"}}""");
        probes.put("date-time for a date", """
                {"localAuthority": {"code": "E09000002"}, "inspection": {"startDate": "2024-05-13T23:30:00-05:00"}}""");
        for (Map.Entry<String, String> probe : probes.entrySet()) {
            RawHttp.Response response = http.send("POST", "/api/v1/judgements", bytes(probe.getValue()), inspector(), "Content-Type: application/json");
            assertThat(response.status()).as(probe.getKey() + ": " + response.body()).isEqualTo(400);
            assertThat(json.readTree(response.body()).path("errors").get(0).path("field").asText()).as(probe.getKey()).isNotBlank();
        }
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void guessingPasswordsQuicklyIsThrottledWithRetryAfterAndOthersAreNotSlowed() throws Exception {
        String victim = newInspector();
        List<Integer> statuses = new ArrayList<>();
        long started = System.nanoTime();
        RawHttp.Response last = null;
        for (int guess = 0; guess < 100; guess++) {
            last = http.send("GET", "/api/v1/users/me", basic(victim, "guess " + guess));
            statuses.add(last.status());
        }
        long guessing = (System.nanoTime() - started) / 1_000_000;
        long healthStarted = System.nanoTime();
        RawHttp.Response someoneElse = http.send("GET", "/api/v1/users/me", inspector());
        long otherUser = (System.nanoTime() - healthStarted) / 1_000_000;

        assertThat(statuses.subList(0, 5)).containsOnly(401);
        assertThat(statuses.subList(5, 100)).containsOnly(429);
        JsonNode problem = assertProblem(last, 429);
        assertThat(problem.path("type").asText()).isEqualTo("/problems/too-many-sign-in-attempts");
        assertThat(Long.parseLong(last.header("retry-after"))).isBetween(1L, 900L);
        assertThat(someoneElse.status()).isEqualTo(200);
        System.out.printf("100 password guesses answered in %d ms (95 refused unchecked with 429); another user's request then took %d ms%n",
                guessing, otherUser);
    }

    @Test
    void aCellStartingWithEqualsIsExportedAsTextNotAFormula() throws Exception {
        String batch = """
                {"cases": [{"caseId": "=HYPERLINK(\\"http://evil.example\\",\\"Open\\")", "evidence": %s,
                            "recordedGrades": {"HELP_AND_PROTECTION": "GOOD"}}]}""".formatted(EVIDENCE);
        RawHttp.Response submitted = http.send("POST", "/api/v1/moderation/reports", bytes(batch), "Authorization: " + TestAccounts.basic(TestAccounts.MODERATOR),
                "Content-Type: application/json");
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(202);
        String report = submitted.header("location");
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> json.readTree(http.send("GET", report,
                "Authorization: " + TestAccounts.basic(TestAccounts.MODERATOR)).body()).path("status").asText().equals("COMPLETE"));

        String csv = http.send("GET", report + "/cases.csv", "Authorization: " + TestAccounts.basic(TestAccounts.MODERATOR)).body();

        assertThat(csv.lines().skip(1)).isNotEmpty().allSatisfy(line -> assertThat(line).startsWith("\"'=HYPERLINK("));
    }

    @Test
    void aRuleFileNameTooLongForTheFolderIsRefusedUpFrontAndNothingGoesIntoService() throws Exception {
        String inService = registry.active().version();
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            for (Path file : ruleFiles()) {
                out.putNextEntry(new ZipEntry(FOLDER.relativize(file).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(file));
            }
            out.putNextEntry(new ZipEntry("rules/" + "x".repeat(300) + ".drl"));
            out.write(bytes("package rules;\n"));
        }

        RawHttp.Response response = http.send("POST", "/api/v1/rulesets?comment=long%20name", multipart("file", "rules.zip", zip.toByteArray()),
                "Authorization: " + TestAccounts.basic(TestAccounts.POLICY), "Content-Type: multipart/form-data; boundary=" + BOUNDARY);

        JsonNode problem = assertProblem(response, 400);
        assertThat(problem.toString()).contains("PATH_TOO_LONG");
        assertThat(registry.active().version()).isEqualTo(inService);
        assertThat(state()).isEqualTo(before);
        try (Stream<Path> files = Files.walk(FOLDER)) {
            assertThat(files.map(path -> path.getFileName().toString())).noneMatch(name -> name.startsWith(".incoming-") || name.length() > 200);
        }
    }

    /** Everything an attack could change: stored records of every kind, the accounts and the rule set in service. */
    private String state() {
        StringBuilder state = new StringBuilder(registry.active().version());
        for (String table : List.of("judgement_record", "moderation_report", "rule_set_activation", "rule_change", "app_user")) {
            state.append(' ').append(table).append('=').append(jdbc.sql("select count(*) from " + table).query(Long.class).single());
        }
        jdbc.sql("select username, roles, enabled, password_hash from app_user order by username").query((row, number) ->
                state.append(' ').append(row.getString(1)).append(row.getString(2)).append(row.getBoolean(3)).append(row.getString(4))).list();
        return state.toString();
    }

    private JsonNode assertProblem(RawHttp.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).as(response.body()).startsWith("application/problem+json");
        try {
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String newInspector() throws Exception {
        String name = "target-" + UUID.randomUUID().toString().substring(0, 8);
        JsonNode created = json.readTree(http.send("POST", "/api/v1/users", bytes("{\"username\": \"" + name + "\", \"roles\": [\"INSPECTOR\"]}"),
                "Authorization: " + TestAccounts.basic(TestAccounts.ADMIN), "Content-Type: application/json").body());
        String generated = created.path("password").asText();
        RawHttp.Response changed = http.send("POST", "/api/v1/users/me/password",
                bytes("{\"currentPassword\": \"" + generated + "\", \"newPassword\": \"the right passphrase\"}"), basic(name, generated),
                "Content-Type: application/json");
        assertThat(changed.status()).isEqualTo(204);
        before = state();
        return name;
    }

    private static Path firstScenario() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER.resolve("scenarios"))) {
            return files.filter(file -> file.toString().endsWith(".yaml")).sorted().findFirst().orElseThrow();
        }
    }

    private static List<Path> ruleFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String folder : List.of("rules", "decision-tables", "scenarios")) {
            try (Stream<Path> walk = Files.walk(FOLDER.resolve(folder))) {
                walk.filter(Files::isRegularFile).forEach(files::add);
            }
        }
        return files;
    }

    private static final String BOUNDARY = "attack-boundary-7d1e";

    private static byte[] multipart(String field, String fileName, byte[] content) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(bytes("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n"));
        body.writeBytes(content);
        body.writeBytes(bytes("\r\n--" + BOUNDARY + "--\r\n"));
        return body.toByteArray();
    }

    private static String inspector() {
        return "Authorization: " + TestAccounts.basic(TestAccounts.INSPECTOR);
    }

    private static String basic(String name, String password) {
        return "Authorization: Basic " + Base64.getEncoder().encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

package org.judgementsupport.rulechange;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.judgementsupport.ruleset.RuleFolderFixture;
import org.judgementsupport.ruleset.RuleSetFolder;
import org.judgementsupport.ruleset.RuleSetRegistry;
import org.judgementsupport.ruleset.WorkbookEdit;
import org.judgementsupport.security.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A change saved in the rule folder is picked up without a restart: a new one waits for a colleague's approval, then
 * goes into service; one served before goes back into service at once; a broken one never does, and the service keeps
 * serving the last good version and says why. Judgements made while the rules change never fail and never mix two
 * versions.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "judgement-support.rule-set.watch=true", "judgement-support.rule-set.quiet-period=100ms",
        "judgement-support.rule-set.approvals-required=1"})
class HotReloadTest {

    /** Every role: these tests are about what the service does, not who may ask (see AccessControlTest). */
    private static final String SIGNED_IN = TestAccounts.basic(TestAccounts.EVERYTHING);

    private static final Path FOLDER = RuleFolderFixture.temporaryCopyOfRepository("rule-folder-watched").root();
    private static final String CONCERNS = "decision-tables/criteria/national-benchmark-concerns.drl.xlsx";
    private static final String CASELOAD_CONCERN = "Caseloads are above the national 90th percentile";
    // Long enough for a validation on a loaded machine; each wait ends as soon as its condition holds.
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @DynamicPropertySource
    static void ruleFolder(DynamicPropertyRegistry properties) {
        properties.add("judgement-support.rule-set.folder", FOLDER::toString);
    }

    @LocalServerPort
    int port;

    @Autowired
    RuleSetRegistry registry;

    @Autowired
    RuleChangeLog changeLog;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final byte[] original = read(CONCERNS);

    @Autowired
    RuleSetChanges changes;

    @AfterEach
    void restoreTheOriginalFile() throws Exception {
        save(original);
        String version = new RuleSetFolder(FOLDER).read().version();
        await(() -> registry.active().version().equals(version));
        // Changes run one at a time on one thread, and each is logged just after its swap: asking that thread for the
        // snapshot in service waits until the last change has been logged, so the next test starts from a quiet log.
        changes.activeSnapshot();
    }

    @Test
    void aChangeSavedInExcelWaitsForApprovalThenGoesIntoServiceWithoutARestartAndNothingElseDoes() throws Exception {
        long lastLogged = changeLog.list(0, 1).get(0).id();
        String before = registry.active().version();
        // Excel keeps a lock file beside a workbook while it is open, and removes it as the workbook closes.
        Path lockFile = FOLDER.resolve("decision-tables/criteria/~$national-benchmark-concerns.drl.xlsx");
        Files.write(lockFile, new byte[] {0});
        try {
            byte[] saved = WorkbookEdit.setCell(original, CASELOAD_CONCERN, "National benchmark", "saved in Excel");

            save(saved);

            await(() -> changeLog.list(0, 1).get(0).id() > lastLogged);
            List<RuleChangeLog.Entry> since = changeLog.list(0, 10).stream().filter(entry -> entry.id() > lastLogged).toList();
            assertThat(since).as("what the rule folder did once the workbook was open").singleElement().satisfies(logged -> {
                assertThat(logged.outcome()).isEqualTo(RuleChangeLog.Outcome.PROPOSED);
                assertThat(logged.action()).isEqualTo(RuleChangeLog.Action.FOLDER_CHANGE);
                assertThat(logged.actor()).isEqualTo("rule folder");
                assertThat(logged.version()).isEqualTo(versionOf(saved));
                assertThat(logged.files()).extracting(ChangedFile::path).containsExactly(CONCERNS);
                assertThat(logged.files().get(0).cells()).singleElement().satisfies(cell -> assertThat(cell.after()).isEqualTo("saved in Excel"));
            });
            assertThat(registry.active().version()).as("nothing goes live unapproved").isEqualTo(before);
            JsonNode status = status();
            assertThat(status.path("lastAttempt").path("outcome").asText()).isEqualTo("PROPOSED");
            assertThat(status.path("lastAttempt").path("by").asText()).isEqualTo("FOLDER_CHANGE");
            assertThat(status.path("lastAttempt").path("changes").get(0).path("path").asText()).isEqualTo(CONCERNS);
            assertThat(status.path("awaitingApproval")).anySatisfy(waiting -> {
                assertThat(waiting.path("version").asText()).isEqualTo(versionOf(saved));
                assertThat(waiting.path("proposedBy").asText()).isEqualTo("rule folder");
                assertThat(waiting.path("basedOn").asText()).isEqualTo(before);
            });

            approveAndActivate(versionOf(saved));

            assertThat(registry.active().version()).isEqualTo(versionOf(saved));
            assertThat(judge().body()).contains("saved in Excel");
        } finally {
            Files.deleteIfExists(lockFile);
        }
    }

    @Test
    void aBrokenSaveIsRefusedWithItsLocationAndTheLastGoodVersionKeepsServing() throws Exception {
        String before = registry.active().version();

        save(WorkbookEdit.setCell(original, CASELOAD_CONCERN, "Fires when", "more then 18.1"));

        await(() -> "REFUSED".equals(status().path("lastAttempt").path("outcome").asText()));
        JsonNode error = status().path("lastAttempt").path("report").path("errors").get(0);
        assertThat(error.path("location").path("file").asText()).isEqualTo(CONCERNS);
        assertThat(error.path("location").path("cell").asText()).isEqualTo("D9");
        assertThat(error.path("message").asText()).contains("'more then 18.1' is not a criterion");
        assertThat(registry.active().version()).isEqualTo(before);
        assertThat(judge().statusCode()).isEqualTo(201);
    }

    @Test
    void aLinkPlantedInTheRuleFolderIsReportedThoughTheRulesAreUnchanged() throws Exception {
        String before = registry.active().version();
        Path secret = Files.writeString(Files.createTempFile("secret", ".txt"), "root:x:0:0:root:/root:/bin/bash");
        Path link = FOLDER.resolve("rules/passwd.drl");
        try {
            Files.createSymbolicLink(link, secret);

            await(() -> "REFUSED".equals(status().path("lastAttempt").path("outcome").asText())
                    && status().path("lastAttempt").path("report").path("errors").get(0).path("location").path("file").asText().equals("rules/passwd.drl"));
            JsonNode error = status().path("lastAttempt").path("report").path("errors").get(0);
            assertThat(status().path("lastAttempt").path("version").asText()).as("the rules read are those in service").isEqualTo(before);
            assertThat(error.path("message").asText()).contains("is a link");
            assertThat(registry.active().version()).isEqualTo(before);
            assertThat(judge().body()).doesNotContain("root:x:0:0");
        } finally {
            Files.deleteIfExists(link);
            Files.deleteIfExists(secret);
        }
    }

    @Test
    void judgementsMadeWhileTheRulesChangeNeverFailAndNeverMixTwoVersions() throws Exception {
        byte[] variantB = WorkbookEdit.setCell(original, CASELOAD_CONCERN, "National benchmark", "variant B");
        byte[] broken = WorkbookEdit.setCell(original, CASELOAD_CONCERN, "Effect", "CONCRN");
        String versionA = registry.active().version();
        Map<String, String> benchmarkByVersion = new ConcurrentHashMap<>(Map.of(versionA, "DfE 2025: 90th percentile 18.1; England 15.2"));

        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger judgements = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        AtomicInteger mixed = new AtomicInteger();
        Set<String> versionsSeen = ConcurrentHashMap.newKeySet();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        for (int client = 0; client < 4; client++) {
            clients.submit(() -> {
                while (running.get()) {
                    try {
                        HttpResponse<String> response = judge();
                        if (response.statusCode() != 201) {
                            failures.incrementAndGet();
                            continue;
                        }
                        JsonNode judgement = json.readTree(response.body());
                        String version = judgement.path("ruleSetVersion").asText();
                        versionsSeen.add(version);
                        String expected = benchmarkByVersion.get(version);
                        if (expected == null || !judgement.toString().contains(expected)) {
                            mixed.incrementAndGet();
                        }
                        judgements.incrementAndGet();
                    } catch (Exception failure) {
                        failures.incrementAndGet();
                    }
                }
            });
        }

        for (int round = 0; round < 3; round++) {
            benchmarkByVersion.put(versionOf(variantB), "variant B");
            save(variantB);
            if (round == 0) {
                // New: it waits for a colleague's approval. Later rounds put a version served before back at once.
                await(() -> status().path("awaitingApproval").toString().contains(versionOf(variantB)));
                approveAndActivate(versionOf(variantB));
            }
            await(() -> registry.active().version().equals(versionOf(variantB)));
            save(broken);
            await(() -> "REFUSED".equals(status().path("lastAttempt").path("outcome").asText())
                    && status().path("lastAttempt").path("version").asText().equals(versionOf(broken)));
            assertThat(registry.active().version()).isEqualTo(versionOf(variantB));
            save(original);
            await(() -> registry.active().version().equals(versionA));
        }
        running.set(false);
        clients.shutdown();
        assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        System.out.printf("Reload under load: %d judgements, %d failures, %d mixed versions, versions seen %s%n",
                judgements.get(), failures.get(), mixed.get(), versionsSeen);
        assertThat(failures.get()).as("judgements that failed while the rules changed").isZero();
        assertThat(mixed.get()).as("judgements whose content does not match the version they report").isZero();
        assertThat(versionsSeen).containsExactlyInAnyOrder(versionA, versionOf(variantB));
        assertThat(judgements.get()).isGreaterThan(50);
    }

    /** The version the folder will have once the concerns workbook holds these bytes. */
    private static String versionOf(byte[] concerns) {
        RuleFolderFixture fixture = RuleFolderFixture.temporaryCopyOfRepository("rule-folder-version");
        fixture.write(CONCERNS, concerns);
        return fixture.folder().read().version();
    }

    /** Saves the workbook the way Excel does: write a temporary file beside it, then rename it over the original. */
    private static void save(byte[] workbook) throws IOException {
        Path target = FOLDER.resolve(CONCERNS);
        Path temporary = target.resolveSibling("~WRL0001.tmp");
        Files.write(temporary, workbook);
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private HttpResponse<String> judge() throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/judgements")).header("Authorization", SIGNED_IN)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"localAuthority": {"code": "E09000002"}, "inspection": {"startDate": "2024-05-13"},
                         "workforce": {"caseloadPerSocialWorker": 19}, "leadership": {"practiceQuality": "CONSISTENTLY_EFFECTIVE"}}"""))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A policy colleague approves the candidate, and another puts it into service. */
    private void approveAndActivate(String version) throws Exception {
        for (String step : List.of("approvals", "activate")) {
            String user = step.equals("approvals") ? TestAccounts.OTHER_POLICY : TestAccounts.POLICY;
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/rulesets/" + version + "/"
                            + step + "?comment=checked")).header("Authorization", TestAccounts.basic(user)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(step.equals("approvals") ? 200 : 201);
        }
    }

    private JsonNode status() {
        try {
            return json.readTree(http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/rulesets/status")).header("Authorization", SIGNED_IN).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(Callable<Boolean> condition) {
        Awaitility.await().atMost(PATIENCE).pollInterval(Duration.ofMillis(20)).until(condition);
    }

    private static byte[] read(String path) {
        try {
            return Files.readAllBytes(Path.of(path));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

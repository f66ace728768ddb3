package org.judgementsupport.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.judgementsupport.ServiceProcess;
import org.judgementsupport.database.PostgresTestDatabase;
import org.judgementsupport.rulechange.CaseloadLimit;
import org.judgementsupport.ruleset.RuleFolderFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two instances of the service on one PostgreSQL database, as behind a load balancer: both are loaded with judgements
 * while a rule change is put into service on one, then the other is killed outright (SIGKILL) mid-load. Every
 * judgement acknowledged by either is there once, the chain and its signed checkpoints verify, every judgement was made
 * with one of the two versions, and both instances served the new version within 2 s of its activation.
 */
class TwoInstancesTest {

    private static final Duration PATIENCE = Duration.ofSeconds(90);
    /** Caseloads of 23 with good leadership: under the limit of 25 in service, over the limit of 20 the change brings. */
    private static final String EVIDENCE = """
            {"localAuthority": {"code": "E09000002"}, "inspection": {"startDate": "2024-05-13"},
             "workforce": {"caseloadPerSocialWorker": 23}, "leadership": {"practiceQuality": "CONSISTENTLY_EFFECTIVE"}}""";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ObjectMapper json = new ObjectMapper();

    /** One acknowledged judgement: which instance answered, when, and with which version. */
    private record Acknowledged(String id, String instance, long answeredAtNanos, String ruleSetVersion) {
    }

    @Test
    void twoInstancesShareTheRulesAndTheRecordAndLoseNothingWhenOneIsKilled(@TempDir Path work) throws Exception {
        String schema = PostgresTestDatabase.newSchema();
        Path folder = RuleFolderFixture.copyOfRepository(work.resolve("rules")).root();
        Path key = work.resolve("checkpoint-signing-key.pem");
        Process first = start("first", schema, folder, key, work);
        Process second = null;
        Map<String, Acknowledged> acknowledged = new ConcurrentHashMap<>();
        Map<String, Integer> refused = new ConcurrentHashMap<>();
        AtomicBoolean posting = new AtomicBoolean(true);
        AtomicBoolean secondKilled = new AtomicBoolean();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        try {
            int firstPort = awaitHealthy(first, work.resolve("first.log"));
            second = start("second", schema, folder, key, work);
            int secondPort = awaitHealthy(second, work.resolve("second.log"));
            String admin = basic("admin", ServiceProcess.printedAdministratorPassword(work.resolve("first.log")));
            String inspector = basic("inspector", newAccount(firstPort, admin, "inspector", "[\"INSPECTOR\", \"MODERATOR\", \"ADMIN\"]"));
            String policy = basic("policy-officer", newAccount(firstPort, admin, "policy-officer", "[\"POLICY\"]"));
            String before = activeVersion(secondPort, inspector);

            for (int client = 0; client < 4; client++) {
                int port = client % 2 == 0 ? firstPort : secondPort;
                String instance = client % 2 == 0 ? "first" : "second";
                clients.submit(() -> {
                    while (posting.get()) {
                        try {
                            HttpResponse<String> response = post(port, inspector, UUID.randomUUID().toString());
                            if (response.statusCode() == 201) {
                                JsonNode answer = json.readTree(response.body());
                                acknowledged.put(answer.path("id").asText(), new Acknowledged(answer.path("id").asText(), instance, System.nanoTime(),
                                        answer.path("ruleSetVersion").asText()));
                            } else {
                                refused.merge(instance + " " + response.statusCode() + " " + response.body(), 1, Integer::sum);
                            }
                        } catch (Exception failure) {
                            if (!(instance.equals("second") && secondKilled.get())) {
                                refused.merge(instance + " " + failure, 1, Integer::sum);
                            }
                        }
                    }
                });
            }
            awaitAcknowledged(acknowledged, 100);
            // A client that got no answer from one instance retries, through the load balancer, on the other.
            String idempotencyKey = UUID.randomUUID().toString();
            HttpResponse<String> sent = post(firstPort, inspector, idempotencyKey);
            HttpResponse<String> retried = post(secondPort, inspector, idempotencyKey);
            assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
            assertThat(json.readTree(retried.body()).path("id").asText()).as("the retry on the other instance returns the first judgement")
                    .isEqualTo(json.readTree(sent.body()).path("id").asText());
            assertThat(retried.headers().firstValue("Idempotent-Replayed")).hasValue("true");
            acknowledged.put(json.readTree(sent.body()).path("id").asText(), new Acknowledged(json.readTree(sent.body()).path("id").asText(), "first",
                    System.nanoTime(), json.readTree(sent.body()).path("ruleSetVersion").asText()));

            // Proposed on the first instance; a colleague takes a while to read the report before putting it into service.
            HttpResponse<String> proposed = upload(firstPort, policy, "/api/v1/rulesets/validate", CaseloadLimit.WORKBOOK, CaseloadLimit.firingWhen("more than 20"));
            assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(200);
            String candidate = json.readTree(proposed.body()).path("version").asText();
            Thread.sleep(10_000);
            HttpResponse<String> change = http.send(HttpRequest.newBuilder(uri(firstPort, "/api/v1/rulesets/" + candidate + "/activate?comment=Caseload+limit+lowered+to+20"))
                    .header("Authorization", policy).timeout(Duration.ofSeconds(120)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            long activatedAt = System.nanoTime();
            assertThat(change.statusCode()).as(change.body()).isBetween(200, 201);
            String after = activeVersion(firstPort, inspector);
            assertThat(after).isEqualTo(candidate);
            assertThat(after).isNotEqualTo(before);
            long servedBySecond = awaitVersion(secondPort, inspector, after);
            awaitAcknowledged(acknowledged, acknowledged.size() + 100);

            secondKilled.set(true);
            second.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            awaitAcknowledged(acknowledged, acknowledged.size() + 50);
            posting.set(false);
            clients.shutdown();
            assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

            assertThat(refused).as("judgements refused while both instances ran").isEmpty();
            List<String> lost = new ArrayList<>();
            for (String id : acknowledged.keySet()) {
                if (get(firstPort, inspector, "/api/v1/judgements/" + id).statusCode() != 200) {
                    lost.add(id);
                }
            }
            Set<String> versions = acknowledged.values().stream().map(Acknowledged::ruleSetVersion).collect(Collectors.toSet());
            long lateOldVersion = acknowledged.values().stream()
                    .filter(judgement -> judgement.answeredAtNanos() > activatedAt + Duration.ofSeconds(2).toNanos())
                    .filter(judgement -> judgement.ruleSetVersion().equals(before)).count();
            HttpResponse<String> checkpoint = send(firstPort, inspector, "POST", "/api/v1/judgements/chain/checkpoints");
            JsonNode chain = json.readTree(get(firstPort, inspector, "/api/v1/judgements/chain/verification").body());
            long stored = countStored(schema);
            System.out.printf("Two instances: %d judgements acknowledged (%d by the second, killed with SIGKILL), %d stored, %d lost; "
                            + "new version served by the second %d ms after activation; chain of %d records intact: %s, %d checkpoint(s)%n",
                    acknowledged.size(), acknowledged.values().stream().filter(judgement -> judgement.instance().equals("second")).count(), stored,
                    lost.size(), (servedBySecond - activatedAt) / 1_000_000, chain.path("records").asLong(), chain.path("intact").asBoolean(),
                    chain.path("checkpoints").asLong());

            assertThat(lost).as("acknowledged judgements missing").isEmpty();
            // A judgement committed by the second instance as it was killed was stored but never acknowledged: at most one
            // per client posting to it.
            assertThat(stored).as("acknowledged judgements stored, and at most those in flight at the kill besides").isBetween((long) acknowledged.size(),
                    acknowledged.size() + 2L);
            assertThat(duplicateKeys(schema)).as("idempotency keys stored twice").isZero();
            assertThat(versions).as("every judgement made with one version or the other").isSubsetOf(Set.of(before, after)).contains(before, after);
            assertThat(lateOldVersion).as("judgements made with the old version more than 2 s after the new one went into service").isZero();
            assertThat(servedBySecond - activatedAt).as("the second instance served the new version within 2 s")
                    .isLessThanOrEqualTo(Duration.ofSeconds(2).toNanos());
            assertThat(checkpoint.statusCode()).as(checkpoint.body()).isEqualTo(201);
            assertThat(chain.path("intact").asBoolean()).as(chain.path("reason").asText()).isTrue();
            assertThat(chain.path("checkpoints").asLong()).isGreaterThanOrEqualTo(1);
        } finally {
            posting.set(false);
            clients.shutdownNow();
            first.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            if (second != null) {
                second.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    /** An instance with the postgres profile on the shared schema; the first makes the checkpoint key, both use it. */
    private static Process start(String name, String schema, Path folder, Path key, Path work) throws IOException {
        return ServiceProcess.start(work.resolve(name + ".log"), "384m", Map.of("JUDGEMENT_SUPPORT_DB_URL", PostgresTestDatabase.url(schema),
                        "JUDGEMENT_SUPPORT_DB_USER", PostgresTestDatabase.user(), "JUDGEMENT_SUPPORT_DB_PASSWORD", PostgresTestDatabase.password()),
                "--spring.profiles.active=postgres",
                "--spring.flyway.schemas=" + schema,
                "--judgement-support.data-folder=" + work.resolve(name),
                "--judgement-support.rule-set.folder=" + folder,
                "--judgement-support.rule-set.watch=false",
                "--judgement-support.rule-set.approvals-required=0",
                "--judgement-support.record.checkpoints.key-file=" + key,
                "--judgement-support.record.checkpoints.generate-key=" + name.equals("first"));
    }

    private static int awaitHealthy(Process service, Path log) throws Exception {
        return ServiceProcess.awaitHealthy(service, log, Duration.ofSeconds(180));
    }

    private String newAccount(int port, String admin, String username, String roles) throws Exception {
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(uri(port, "/api/v1/users")).header("Content-Type", "application/json")
                .header("Authorization", admin).POST(HttpRequest.BodyPublishers.ofString("{\"username\": \"" + username + "\", \"roles\": " + roles + "}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json.readTree(created.body()).path("password").asText();
    }

    private void awaitAcknowledged(Map<String, Acknowledged> acknowledged, int atLeast) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (acknowledged.size() < atLeast && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(acknowledged.size()).as("judgements acknowledged within " + PATIENCE.toSeconds() + " s").isGreaterThanOrEqualTo(atLeast);
    }

    private String activeVersion(int port, String signedIn) throws Exception {
        return json.readTree(get(port, signedIn, "/api/v1/rulesets/active").body()).path("version").asText();
    }

    /** Polls until the instance serves the version; returns when it was first seen. */
    private long awaitVersion(int port, String signedIn, String version) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            if (activeVersion(port, signedIn).equals(version)) {
                return System.nanoTime();
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the second instance never served " + version);
    }

    private HttpResponse<String> upload(int port, String signedIn, String address, String path, byte[] content) throws Exception {
        String boundary = "----judgement-support-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"comment\"\r\n\r\nCaseload limit lowered to 20\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + path
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(uri(port, address)).header("Authorization", signedIn)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).timeout(Duration.ofSeconds(120))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(int port, String signedIn, String idempotencyKey) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(port, "/api/v1/judgements")).header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey).header("Authorization", signedIn).timeout(Duration.ofSeconds(20))
                .POST(HttpRequest.BodyPublishers.ofString(EVIDENCE)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(int port, String signedIn, String path) throws Exception {
        return send(port, signedIn, "GET", path);
    }

    private HttpResponse<String> send(int port, String signedIn, String method, String path) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(port, path)).timeout(Duration.ofSeconds(20)).method(method, HttpRequest.BodyPublishers.noBody());
        if (signedIn != null) {
            request.header("Authorization", signedIn);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static long countStored(String schema) throws Exception {
        return single(schema, "select count(*) from judgement_record");
    }

    private static long duplicateKeys(String schema) throws Exception {
        return single(schema, "select count(*) from (select idempotency_key from judgement_record group by idempotency_key having count(*) > 1) twice");
    }

    private static long single(String schema, String query) throws Exception {
        try (Connection connection = DriverManager.getConnection(PostgresTestDatabase.url(schema), PostgresTestDatabase.user(), PostgresTestDatabase.password());
             ResultSet result = connection.createStatement().executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static URI uri(int port, String path) {
        return URI.create("http://localhost:" + port + path);
    }
}

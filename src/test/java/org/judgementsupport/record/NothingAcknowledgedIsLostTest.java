package org.judgementsupport.record;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.judgementsupport.ruleset.RepositoryRuleSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service is killed outright (SIGKILL, no shutdown) while judgements are being posted; after a restart every
 * judgement that was acknowledged with 201 is in the database, and the hash chain is whole.
 *
 * <p>The service runs in a separate process with its default configuration: the embedded H2 database in a data
 * folder, exactly as the README's run command starts it.
 */
class NothingAcknowledgedIsLostTest {

    /** How long the judgements may take to be acknowledged: a test that cannot get them fails, it never hangs. */
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ObjectMapper json = new ObjectMapper();
    private String signedIn;

    @Test
    void everyJudgementAcknowledgedBeforeAKillIsThereAfterARestart(@TempDir Path dataFolder) throws Exception {
        Path firstLog = dataFolder.resolve("first-start.log");
        Process service = start(dataFolder, firstLog);
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        Map<String, Integer> refusedBeforeTheKill = new ConcurrentHashMap<>();
        AtomicBoolean killing = new AtomicBoolean();
        AtomicBoolean posting = new AtomicBoolean(true);
        ExecutorService clients = Executors.newFixedThreadPool(4);
        try {
            int port = awaitHealthy(service, firstLog);
            signInAsANewInspector(port, firstLog);
            for (int client = 0; client < 4; client++) {
                clients.submit(() -> {
                    while (posting.get()) {
                        try {
                            HttpResponse<String> response = post(port, UUID.randomUUID().toString());
                            if (response.statusCode() == 201) {
                                acknowledged.add(json.readTree(response.body()).path("id").asText());
                            } else if (!killing.get()) {
                                String body = response.body();
                                refusedBeforeTheKill.merge(response.statusCode() + " " + body.substring(0, Math.min(200, body.length())), 1, Integer::sum);
                            }
                        } catch (Exception failure) {
                            // Requests in flight when the process dies were never acknowledged; anything earlier is a failure.
                            if (!killing.get()) {
                                refusedBeforeTheKill.merge(failure.toString(), 1, Integer::sum);
                            }
                        }
                    }
                });
            }
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (acknowledged.size() < 150 && refusedBeforeTheKill.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(refusedBeforeTheKill).as("judgements not acknowledged while the service was running").isEmpty();
            assertThat(acknowledged.size()).as("judgements acknowledged within " + PATIENCE.toSeconds() + " s").isGreaterThanOrEqualTo(150);
            killing.set(true);
            service.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        } finally {
            killing.set(true);
            posting.set(false);
            clients.shutdownNow();
            clients.awaitTermination(10, TimeUnit.SECONDS);
            service.destroyForcibly();
        }

        Path restartLog = dataFolder.resolve("restart.log");
        Process restarted = start(dataFolder, restartLog);
        try {
            int port = awaitHealthy(restarted, restartLog);
            List<String> lost = new ArrayList<>();
            for (String id : acknowledged) {
                if (get(port, "/api/v1/judgements/" + id).statusCode() != 200) {
                    lost.add(id);
                }
            }
            JsonNode chain = json.readTree(get(port, "/api/v1/judgements/chain/verification").body());
            System.out.printf("Killed with SIGKILL after %d acknowledged judgements; after restart %d lost; chain of %d records intact: %s%n",
                    acknowledged.size(), lost.size(), chain.path("records").asLong(), chain.path("intact").asBoolean());

            assertThat(lost).as("acknowledged judgements missing after the restart").isEmpty();
            assertThat(chain.path("intact").asBoolean()).as(chain.path("reason").asText()).isTrue();
            assertThat(chain.path("records").asLong()).isGreaterThanOrEqualTo(acknowledged.size());
        } finally {
            restarted.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static Process start(Path dataFolder, Path log) throws IOException {
        return ServiceProcess.start(log, "512m", Map.of(), "--judgement-support.data-folder=" + dataFolder,
                "--judgement-support.rule-set.folder=" + RepositoryRuleSet.folder().root(), "--judgement-support.rule-set.watch=false");
    }

    private static int awaitHealthy(Process service, Path log) throws Exception {
        return ServiceProcess.awaitHealthy(service, log, Duration.ofSeconds(90));
    }

    /**
     * As a newcomer would: the administrator's password printed once on the first start, then an account for the
     * work (inspector, to post judgements; moderator, to read them all back). Health says UP only after the first-start
     * work, so the password is already in the log when this runs.
     */
    private void signInAsANewInspector(int port, Path firstLog) throws Exception {
        String admin = "Basic " + Base64.getEncoder().encodeToString(("admin:" + ServiceProcess.printedAdministratorPassword(firstLog))
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/users"))
                .header("Content-Type", "application/json").header("Authorization", admin)
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\": \"inspector\", \"roles\": [\"INSPECTOR\", \"MODERATOR\"]}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        signedIn = "Basic " + Base64.getEncoder().encodeToString(("inspector:" + json.readTree(created.body()).path("password").asText())
                .getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> post(int port, String idempotencyKey) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/judgements"))
                .header("Content-Type", "application/json").header("Idempotency-Key", idempotencyKey).header("Authorization", signedIn)
                .timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"localAuthority": {"code": "E09000002"}, "inspection": {"startDate": "2024-05-13"},
                         "workforce": {"caseloadPerSocialWorker": 26}, "leadership": {"practiceQuality": "CONSISTENTLY_EFFECTIVE"}}"""))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(int port, String path) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(10));
        if (signedIn != null) {
            request.header("Authorization", signedIn);
        }
        return http.send(request.build(),
                HttpResponse.BodyHandlers.ofString());
    }
}

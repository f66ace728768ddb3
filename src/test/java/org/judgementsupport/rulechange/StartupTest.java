package org.judgementsupport.rulechange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.judgementsupport.JudgementSupportApplication;
import org.judgementsupport.ruleset.RuleFolderFixture;
import org.judgementsupport.ruleset.RuleSetRegistry;
import org.judgementsupport.ruleset.WorkbookEdit;
import org.judgementsupport.security.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The service never starts half-way: a rule folder that does not validate stops it, with the validation report, unless
 * a good version is archived, which then serves while the folder's problems are reported; and until start-up has
 * finished, health says so.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartupTest {

    @Test
    void aRestartWithABrokenWorkbookServesTheLastGoodVersionAndReportsTheFolderUnlessTheArchiveWasAltered(@TempDir Path folder,
                                                                                                         @TempDir Path data, CapturedOutput console) throws Exception {
        RuleFolderFixture fixture = RuleFolderFixture.copyOfRepository(folder);
        String database = "jdbc:h2:file:" + data.resolve("judgement-support") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        String good;
        try (ConfigurableApplicationContext first = start(folder, database)) {
            good = first.getBean(RuleSetRegistry.class).active().version();
        }
        String limits = "decision-tables/criteria/limits-to-requires-improvement.drl.xlsx";
        fixture.write(limits, WorkbookEdit.setCell(fixture.read(limits), "Supervision is up to date for fewer than 60% of social workers", "Source", ""));

        try (ConfigurableApplicationContext restarted = start(folder, database)) {
            assertThat(restarted.getBean(RuleSetRegistry.class).active().version()).as("the last good version serves").isEqualTo(good);
            int port = ((WebServerApplicationContext) restarted).getWebServer().getPort();
            JsonNode status = new ObjectMapper().readTree(get(port, "/api/v1/rulesets/status", TestAccounts.POLICY).body());
            assertThat(status.path("activeVersion").asText()).isEqualTo(good);
            assertThat(status.path("folderProblems").path("errors").get(0).path("message").asText()).contains("names no source");
            HttpResponse<String> health = get(port, "/actuator/health", TestAccounts.POLICY);
            assertThat(health.statusCode()).isEqualTo(200);
            JsonNode ruleSet = new ObjectMapper().readTree(health.body()).path("components").path("ruleSet");
            assertThat(ruleSet.path("status").asText()).isEqualTo("UP");
            assertThat(ruleSet.path("details").path("version").asText()).isEqualTo(good);
            assertThat(ruleSet.path("details").path("folderProblems").get(0).path("message").asText()).contains("names no source");
            assertThat(console.getOut()).contains("does not validate, so the service serves " + good, "names no source");
            // Policy staff's overview says so too, at the file.
            MockMvc pages = MockMvcBuilders.webAppContextSetup((WebApplicationContext) restarted).apply(springSecurity()).build();
            String overview = pages.perform(MockMvcRequestBuilders.get("/rulesets").with(user(TestAccounts.POLICY).roles("POLICY")))
                    .andReturn().getResponse().getContentAsString();
            assertThat(overview).contains("The rule folder does not validate", limits, "names no source");
            // Someone changes a stored file behind the service's back.
            restarted.getBean(JdbcClient.class).sql("update file_content set content = ? where sha256 = (select min(sha256) from rule_set_file where version = ?)")
                    .params("altered".getBytes(StandardCharsets.UTF_8), good).update();
        }

        Throwable failure = catchThrowable(() -> start(folder, database).close());

        assertThat(NestedExceptionUtils.getRootCause(failure)).as("an altered archive is never served").isInstanceOf(RuleSetRefusedException.class)
                .hasMessageContaining("names no source");
        assertThat(console.getOut()).contains("has been altered outside the service");
    }

    @Test
    void aRestartNeverPutsAChangeNobodyApprovedIntoServiceButProposesItAndKeepsItsApprovals(@TempDir Path folder, @TempDir Path data) {
        RuleFolderFixture fixture = RuleFolderFixture.copyOfRepository(folder);
        String database = "jdbc:h2:file:" + data.resolve("judgement-support") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        String approved;
        try (ConfigurableApplicationContext first = start(folder, database, "--judgement-support.rule-set.approvals-required=1")) {
            approved = first.getBean(RuleSetRegistry.class).active().version();
        }
        String concerns = "decision-tables/criteria/national-benchmark-concerns.drl.xlsx";
        fixture.write(concerns, WorkbookEdit.setCell(fixture.read(concerns), "Caseloads are above the national 90th percentile", "National benchmark",
                "saved while the service was stopped"));
        String saved = fixture.folder().read().version();

        try (ConfigurableApplicationContext restarted = start(folder, database, "--judgement-support.rule-set.approvals-required=1")) {
            assertThat(restarted.getBean(RuleSetRegistry.class).active().version()).isEqualTo(approved);
            RuleSetChanges.Status status = restarted.getBean(RuleSetChanges.class).status();
            assertThat(status.awaitingApproval()).singleElement().satisfies(waiting -> {
                assertThat(waiting.version()).isEqualTo(saved);
                assertThat(waiting.proposedBy()).isEqualTo("rule folder");
                assertThat(waiting.basedOn()).isEqualTo(approved);
            });
            assertThat(status.folderProblems()).as("the folder is valid, only not yet approved").isNull();
            restarted.getBean(RuleSetChanges.class).approve(saved, TestAccounts.OTHER_POLICY, "checked before the restart");
        }

        try (ConfigurableApplicationContext again = start(folder, database, "--judgement-support.rule-set.approvals-required=1")) {
            RuleSetChanges changes = again.getBean(RuleSetChanges.class);
            assertThat(changes.status().awaitingApproval()).as("approvals are kept across a restart").singleElement()
                    .satisfies(waiting -> assertThat(waiting.approvals()).extracting(RuleSetCandidates.Decision::by).containsExactly(TestAccounts.OTHER_POLICY));
            assertThat(changes.activateStoredVersion(saved, ActivatedBy.UPLOAD, TestAccounts.POLICY, "approved before the restart").orElseThrow().outcome())
                    .isEqualTo(RuleSetChanges.Outcome.ACTIVATED);
            assertThat(again.getBean(RuleSetRegistry.class).active().version()).isEqualTo(saved);
        }
    }

    private static ConfigurableApplicationContext start(Path folder, String database, String... more) {
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--judgement-support.rule-set.folder=" + folder, "--spring.datasource.url=" + database));
        arguments.addAll(List.of(more));
        return new SpringApplicationBuilder(JudgementSupportApplication.class).run(arguments.toArray(String[]::new));
    }

    private static HttpResponse<String> get(int port, String path, String user) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", TestAccounts.basic(user)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aRuleFolderThatDoesNotValidateStopsTheServiceWithTheReport(@TempDir Path folder) {
        RuleFolderFixture fixture = RuleFolderFixture.copyOfRepository(folder);
        String limits = "decision-tables/criteria/limits-to-requires-improvement.drl.xlsx";
        fixture.write(limits, WorkbookEdit.setCell(fixture.read(limits),
                "Supervision is up to date for fewer than 60% of social workers", "Source", ""));

        // Command-line arguments, as an operator would pass them, outrank application.yml.
        Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(JudgementSupportApplication.class)
                .run("--server.port=0", "--judgement-support.rule-set.folder=" + folder,
                        "--spring.datasource.url=jdbc:h2:mem:startup-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE"));

        Throwable cause = NestedExceptionUtils.getRootCause(failure);
        assertThat(cause).isInstanceOf(RuleSetRefusedException.class)
                .hasMessageContaining("will not start")
                .hasMessageContaining(limits + ", sheet 'Limits', cell G13")
                .hasMessageContaining("names no source");
        assertThat(((RuleSetRefusedException) cause).report().valid()).isFalse();
    }

    @Test
    void healthAnswers503UntilStartUpHasFinishedAndThen200() throws Exception {
        // Start-up work that takes a while, as creating the first administrator does: it runs after the port opens.
        CountDownLatch startUpWorkBegun = new CountDownLatch(1);
        CountDownLatch finishStartUpWork = new CountDownLatch(1);
        AtomicInteger port = new AtomicInteger();
        SpringApplicationBuilder service = new SpringApplicationBuilder(JudgementSupportApplication.class)
                .initializers(context -> context.getBeanFactory().registerSingleton("slowStartUpWork", (ApplicationRunner) arguments -> {
                    startUpWorkBegun.countDown();
                    finishStartUpWork.await(90, TimeUnit.SECONDS);
                }))
                .listeners(new ApplicationListener<WebServerInitializedEvent>() {
                    @Override
                    public void onApplicationEvent(WebServerInitializedEvent event) {
                        port.set(event.getWebServer().getPort());
                    }
                });
        ExecutorService starter = Executors.newSingleThreadExecutor();
        Future<ConfigurableApplicationContext> started = starter.submit(() -> service.run("--server.port=0"));
        ConfigurableApplicationContext context = null;
        try {
            assertThat(startUpWorkBegun.await(90, TimeUnit.SECONDS)).as("start-up work began").isTrue();

            HttpResponse<String> starting = health(port.get());

            assertThat(starting.statusCode()).isEqualTo(503);
            assertThat(new ObjectMapper().readTree(starting.body()).path("status").asText()).isEqualTo("OUT_OF_SERVICE");
            finishStartUpWork.countDown();
            context = started.get(90, TimeUnit.SECONDS);
            HttpResponse<String> ready = health(port.get());
            assertThat(ready.statusCode()).isEqualTo(200);
            assertThat(new ObjectMapper().readTree(ready.body()).path("status").asText()).isEqualTo("UP");
        } finally {
            finishStartUpWork.countDown();
            if (context == null) {
                context = started.get(90, TimeUnit.SECONDS);
            }
            context.close();
            starter.shutdownNow();
        }
    }

    private static HttpResponse<String> health(int port) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}

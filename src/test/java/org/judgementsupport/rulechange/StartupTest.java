package org.judgementsupport.rulechange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.judgementsupport.JudgementSupportApplication;
import org.judgementsupport.ruleset.RuleFolderFixture;
import org.judgementsupport.ruleset.WorkbookEdit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.NestedExceptionUtils;

/**
 * The service never starts half-way: a rule folder that does not validate stops it, with the validation report; and
 * until start-up has finished, health says so.
 */
class StartupTest {

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

package org.judgementsupport.benchmark;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.judgementsupport.JudgementSupportApplication;
import org.judgementsupport.moderation.ModerationReports;
import org.judgementsupport.moderation.ReportState;
import org.judgementsupport.ruleset.RuleFolderFixture;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Server-side render time of the two heaviest pages: a judgement explained ({@code /judgements/{id}}, the README's
 * example evidence) and the consistency report of a 300-case batch ({@code /moderation/reports/{id}}). Each page is
 * asked for through the whole Spring MVC chain (security filters, controller, Thymeleaf, layout) with MockMvc, in the
 * running service; Tomcat and the network are left out, so the figures are what the server spends making the page.
 *
 * <pre>  mvn -q -Pbench test-compile exec:java -Dbenchmark=PageRenderBenchmark</pre>
 */
public final class PageRenderBenchmark {

    private static final int WARM_UP = 200;
    private static final int MEASURED = 500;
    private static final String EVIDENCE = """
            {"localAuthority": {"code": "E09000002", "name": "Barking and Dagenham"},
             "inspection": {"startDate": "2024-05-13", "type": "STANDARD"},
             "workforce": {"caseloadPerSocialWorker": 19},
             "leadership": {"practiceQuality": "CONSISTENTLY_EFFECTIVE"},
             "helpAndProtection": {"practiceQuality": "CONSISTENTLY_EFFECTIVE"},
             "missingChildren": {"returnInterviewsOfferedPct": 72},
             "childrenInCare": {"practiceQuality": "EXCEPTIONAL"}}""";

    public static void main(String[] arguments) throws Exception {
        Path folder = Files.createTempDirectory("page-benchmark");
        RuleFolderFixture.copyOfRepository(folder);
        try (ConfigurableApplicationContext service = new SpringApplicationBuilder(JudgementSupportApplication.class)
                .run("--server.port=0", "--judgement-support.rule-set.folder=" + folder, "--judgement-support.rule-set.watch=false",
                        "--spring.datasource.url=jdbc:h2:mem:page-benchmark;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                        "--logging.level.root=WARN", "--spring.main.banner-mode=off")) {
            MockMvc pages = MockMvcBuilders.webAppContextSetup((WebApplicationContext) service).apply(springSecurity()).build();

            MvcResult judged = pages.perform(MockMvcRequestBuilders.post("/api/v1/judgements").with(user("inspector").roles("INSPECTOR"))
                    .contentType(MediaType.APPLICATION_JSON).content(EVIDENCE)).andReturn();
            if (judged.getResponse().getStatus() != 201) {
                throw new IllegalStateException("judgement not stored: " + judged.getResponse().getContentAsString());
            }
            String judgement = judged.getResponse().getHeader("Location").replaceFirst("^.*/api/v1", "");

            ModerationReports reports = service.getBean(ModerationReports.class);
            UUID report = reports.submitCsv(new ByteArrayInputStream(ModerationBatchBenchmark.csv(300).getBytes(StandardCharsets.UTF_8)),
                    ModerationReports.DEFAULT_SIMILARITY, "moderator");
            while (!(reports.status(report).orElseThrow().state() instanceof ReportState.Complete)) {
                if (reports.status(report).orElseThrow().state() instanceof ReportState.Failed failed) {
                    throw new IllegalStateException("report failed: " + failed.error());
                }
                Thread.sleep(200);
            }

            measure(pages, "Judgement page " + judgement, judgement, "INSPECTOR");
            measure(pages, "Consistency report of 300 cases", "/moderation/reports/" + report, "MODERATOR");
            System.out.println("  " + Machine.describe());
        }
        System.exit(0);
    }

    private static void measure(MockMvc pages, String what, String path, String role) throws Exception {
        List<Double> millis = new ArrayList<>();
        int bytes = 0;
        for (int request = 0; request < WARM_UP + MEASURED; request++) {
            long started = System.nanoTime();
            MvcResult page = pages.perform(MockMvcRequestBuilders.get(path).accept(MediaType.TEXT_HTML).with(user("inspector").roles(role)))
                    .andReturn();
            double elapsed = (System.nanoTime() - started) / 1e6;
            if (page.getResponse().getStatus() != 200) {
                throw new IllegalStateException(path + " answered " + page.getResponse().getStatus());
            }
            bytes = page.getResponse().getContentAsByteArray().length;
            if (request >= WARM_UP) {
                millis.add(elapsed);
            }
        }
        Collections.sort(millis);
        System.out.printf("%s (%,d bytes of HTML), %d renders after %d warm-up: median %.2f ms, 90th percentile %.2f ms, 99th %.2f ms, max %.2f ms%n",
                what, bytes, MEASURED, WARM_UP, millis.get(millis.size() / 2), millis.get((int) Math.ceil(millis.size() * 0.9) - 1),
                millis.get((int) Math.ceil(millis.size() * 0.99) - 1), millis.get(millis.size() - 1));
    }
}

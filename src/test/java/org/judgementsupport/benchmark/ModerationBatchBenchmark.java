package org.judgementsupport.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import org.judgementsupport.JudgementSupportApplication;
import org.judgementsupport.ruleset.RuleFolderFixture;
import org.judgementsupport.security.Role;
import org.judgementsupport.security.UserAccounts;
import org.judgementsupport.system.RawHttp;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The largest moderation batch the service accepts (10,000 cases, as CSV) through the API, and the heap it takes: time
 * to accept it, time to a complete report, and the heap's peak. Then a batch of 60,000 rows, which must be refused
 * with 413 without reading past the limit. Run with a small heap to show the limit keeps memory bounded:
 *
 * <pre>  MAVEN_OPTS=-Xmx256m mvn -q -Pbench exec:java -Dbenchmark=ModerationBatchBenchmark</pre>
 */
public final class ModerationBatchBenchmark {

    private static final String[] PRACTICE = {"EXCEPTIONAL", "CONSISTENTLY_EFFECTIVE", "NOT_YET_CONSISTENTLY_GOOD", "WIDESPREAD_OR_SERIOUS_FAILURES"};
    private static final String[] GRADES = {"OUTSTANDING", "GOOD", "REQUIRES_IMPROVEMENT", "INADEQUATE"};
    private static final String BOUNDARY = "benchmark-boundary";

    public static void main(String[] arguments) throws Exception {
        Path folder = Files.createTempDirectory("moderation-benchmark");
        RuleFolderFixture.copyOfRepository(folder);
        try (ConfigurableApplicationContext service = new SpringApplicationBuilder(JudgementSupportApplication.class)
                .run("--server.port=0", "--judgement-support.rule-set.folder=" + folder, "--judgement-support.rule-set.watch=false",
                        "--spring.datasource.url=jdbc:h2:mem:moderation-benchmark;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                        "--logging.level.root=WARN", "--spring.main.banner-mode=off")) {
            int port = ((WebServerApplicationContext) service).getWebServer().getPort();
            UserAccounts accounts = service.getBean(UserAccounts.class);
            String password = accounts.create("benchmark", EnumSet.of(Role.MODERATOR), "benchmark").password();
            String signIn = "Authorization: Basic " + java.util.Base64.getEncoder().encodeToString(("benchmark:" + password).getBytes(StandardCharsets.UTF_8));
            RawHttp http = new RawHttp(port);
            ObjectMapper json = new ObjectMapper();

            System.gc();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            long started = System.nanoTime();
            RawHttp.Response accepted = http.send("POST", "/api/v1/moderation/reports", multipart(csv(10_000)), signIn,
                    "Content-Type: multipart/form-data; boundary=" + BOUNDARY);
            long acceptedMillis = (System.nanoTime() - started) / 1_000_000;
            if (accepted.status() != 202) {
                throw new IllegalStateException("batch not accepted: " + accepted.body());
            }
            JsonNode status;
            do {
                Thread.sleep(500);
                status = json.readTree(http.send("GET", accepted.header("location"), signIn).body());
            } while (!status.path("status").asText().matches("COMPLETE|FAILED"));
            long completeMillis = (System.nanoTime() - started) / 1_000_000;
            // The old generation's peak: what survived collections, i.e. what the batch held, not garbage awaiting collection.
            long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP
                            && pool.getName().contains("Old Gen")).mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();

            byte[] huge = multipart(csv(60_000));
            long refusedStarted = System.nanoTime();
            RawHttp.Response refused = http.send("POST", "/api/v1/moderation/reports", huge, signIn,
                    "Content-Type: multipart/form-data; boundary=" + BOUNDARY);
            long refusedMillis = (System.nanoTime() - refusedStarted) / 1_000_000;

            System.out.printf("Moderation batch of 10,000 cases (CSV): accepted in %,d ms, report %s after %,d ms; old-generation peak %,d MB, max heap %,d MB%n",
                    acceptedMillis, status.path("status").asText(), completeMillis, peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
            System.out.printf("Batch of 60,000 rows (%.1f MB): %d in %,d ms%n", huge.length / 1e6, refused.status(), refusedMillis);
            System.out.println("  " + Machine.describe());
        }
        System.exit(0);
    }

    static String csv(int rows) {
        StringBuilder csv = new StringBuilder("caseId,localAuthority.code,inspection.startDate,helpAndProtection.practiceQuality,"
                + "leadership.practiceQuality,childrenInCare.practiceQuality,careLeavers.practiceQuality,missingChildren.returnInterviewsOfferedPct,"
                + "workforce.caseloadPerSocialWorker,workforce.vacancyRatePct,recorded.HELP_AND_PROTECTION,recorded.OVERALL_EFFECTIVENESS\n");
        for (int row = 0; row < rows; row++) {
            csv.append("Case ").append(row).append(",E09000002,2024-05-13,").append(PRACTICE[row % 4]).append(',').append(PRACTICE[(row / 4) % 4])
                    .append(',').append(PRACTICE[(row / 16) % 4]).append(',').append(PRACTICE[(row / 3) % 4]).append(',').append(50 + row % 50)
                    .append(',').append(12 + row % 15).append(',').append(row % 30).append(',').append(GRADES[row % 4]).append(',')
                    .append(GRADES[(row / 7) % 4]).append('\n');
        }
        return csv.toString();
    }

    private static byte[] multipart(String csv) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"batch.csv\"\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(csv.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }
}

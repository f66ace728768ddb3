package org.judgementsupport.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.judgementsupport.JudgementSupportApplication;
import org.judgementsupport.ruleset.RuleFolderFixture;
import org.judgementsupport.ruleset.RuleSetRegistry;
import org.judgementsupport.ruleset.WorkbookEdit;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Time from saving an edited decision table to the new version serving judgements, with the default rule set and the
 * default quiet period. Starts the service on a copy of the rule folder, saves an edit the way Excel does (a
 * temporary file renamed over the workbook) and waits until the registry serves the new version.
 *
 * <pre>  mvn -q -Pbench exec:java -Dbenchmark=ReloadLatencyBenchmark</pre>
 */
public final class ReloadLatencyBenchmark {

    private static final String CONCERNS = "decision-tables/criteria/national-benchmark-concerns.drl.xlsx";
    private static final String ROW = "Caseloads are above the national 90th percentile";
    private static final int WARM_UP = 5;
    private static final int MEASURED = 20;

    public static void main(String[] arguments) throws Exception {
        Path folder = Files.createTempDirectory("reload-benchmark");
        RuleFolderFixture.copyOfRepository(folder);
        try (ConfigurableApplicationContext service = new SpringApplicationBuilder(JudgementSupportApplication.class)
                .run("--server.port=0", "--judgement-support.rule-set.folder=" + folder, "--judgement-support.rule-set.watch=true",
                        "--spring.datasource.url=jdbc:h2:mem:reload-benchmark;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
                        "--logging.level.root=WARN", "--spring.main.banner-mode=off")) {
            RuleSetRegistry registry = service.getBean(RuleSetRegistry.class);
            byte[] original = Files.readAllBytes(folder.resolve(CONCERNS));
            List<Double> millis = new ArrayList<>();
            for (int save = 0; save < WARM_UP + MEASURED; save++) {
                byte[] edited = WorkbookEdit.setCell(original, ROW, "National benchmark", "edit " + save);
                String before = registry.active().version();
                long saved = System.nanoTime();
                Path temporary = folder.resolve(CONCERNS).resolveSibling("~WRL0001.tmp");
                Files.write(temporary, edited);
                Files.move(temporary, folder.resolve(CONCERNS), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                while (registry.active().version().equals(before)) {
                    Thread.onSpinWait();
                }
                double elapsed = (System.nanoTime() - saved) / 1e6;
                if (save >= WARM_UP) {
                    millis.add(elapsed);
                }
            }
            Collections.sort(millis);
            System.out.printf("Save to serving, default rule set (%d saves after %d warm-up, quiet period %s):%n",
                    MEASURED, WARM_UP, service.getBean(org.judgementsupport.ruleset.RuleSetSettings.class).quietPeriod().toMillis() + " ms");
            System.out.printf("  median %.0f ms, 90th percentile %.0f ms, max %.0f ms (target under 1000 ms)%n",
                    millis.get(millis.size() / 2), millis.get((int) Math.ceil(millis.size() * 0.9) - 1), millis.get(millis.size() - 1));
            System.out.println("  " + Machine.describe());
        }
        System.exit(0);
    }
}

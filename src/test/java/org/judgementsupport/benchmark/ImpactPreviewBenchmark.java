package org.judgementsupport.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.judgementsupport.JudgementSupportApplication;
import org.judgementsupport.record.JudgementRecords;
import org.judgementsupport.record.RecordedJudgements;
import org.judgementsupport.evidence.Evidence;
import org.judgementsupport.evidence.EvidenceAssembler;
import org.judgementsupport.evidence.EvidenceField;
import org.judgementsupport.evidence.Indicator;
import org.judgementsupport.evidence.Indicators;
import org.judgementsupport.impact.ImpactCorpus;
import org.judgementsupport.impact.ImpactPreview;
import org.judgementsupport.impact.ImpactReport;
import org.judgementsupport.realdata.RealCase;
import org.judgementsupport.realdata.RealData;
import org.judgementsupport.realdata.SharedData;
import org.judgementsupport.rulechange.RuleSetChanges;
import org.judgementsupport.ruleset.RuleFolderFixture;
import org.judgementsupport.ruleset.WorkbookEdit;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * An impact preview over 10,000 stored judgements: the candidate lowers the caseload limit from 25 to 18. The
 * judgements are Ofsted's published inspections (practice filled in from Ofsted's grades) with every figure moved at
 * random by up to a tenth, stored through the service into an H2 file database as in the default set-up.
 * Target: under 3 s on a 2-core machine.
 *
 * <pre>  mvn -q -Pbench exec:java -Dbenchmark=ImpactPreviewBenchmark</pre>
 */
public final class ImpactPreviewBenchmark {

    private static final int JUDGEMENTS = 10_000;
    private static final int WARM_UP = 3;
    private static final int MEASURED = 7;
    private static final String LIMITS = "decision-tables/criteria/limits-to-requires-improvement.drl.xlsx";

    public static void main(String[] arguments) throws Exception {
        Path work = Files.createTempDirectory("impact-benchmark");
        RuleFolderFixture rules = RuleFolderFixture.copyOfRepository(work.resolve("rules"));
        // The default database settings, except that seeding does not wait for each write to reach the disk.
        String database = "jdbc:h2:file:" + work.resolve("db/judgement-support") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        try (ConfigurableApplicationContext service = new SpringApplicationBuilder(JudgementSupportApplication.class)
                .run("--server.port=0", "--judgement-support.rule-set.folder=" + rules.root(), "--judgement-support.rule-set.watch=false",
                        "--spring.datasource.url=" + database, "--logging.level.root=WARN", "--spring.main.banner-mode=off")) {
            seed(service.getBean(RecordedJudgements.class));
            long stored = service.getBean(JudgementRecords.class).count();

            RuleFolderFixture candidateFolder = RuleFolderFixture.copyOfRepository(work.resolve("candidate"));
            candidateFolder.write(LIMITS, WorkbookEdit.setCell(candidateFolder.read(LIMITS),
                    "Caseloads are high: more than 25 children per social worker", "Fires when", "more than 18"));
            String candidate = service.getBean(RuleSetChanges.class).validate(candidateFolder.folder().read(), "benchmark",
                    "the impact preview benchmark's candidate").version();

            ImpactPreview preview = service.getBean(ImpactPreview.class);
            List<Long> millis = new ArrayList<>();
            ImpactReport report = null;
            for (int run = 0; run < WARM_UP + MEASURED; run++) {
                long started = System.nanoTime();
                report = preview.preview(candidate, ImpactCorpus.STORED, false);
                if (run >= WARM_UP) {
                    millis.add((System.nanoTime() - started) / 1_000_000);
                }
            }
            Collections.sort(millis);
            System.out.printf("Impact preview over %,d stored judgements (%d runs after %d warm-up):%n", stored, MEASURED, WARM_UP);
            System.out.printf("  median %d ms, fastest %d ms, slowest %d ms (target under 3000 ms); %,.0f judgements re-evaluated twice per second%n",
                    millis.get(millis.size() / 2), millis.get(0), millis.get(millis.size() - 1), stored * 1000.0 / millis.get(millis.size() / 2));
            System.out.printf("  the change moved %,d judgements; findings alone changed in %,d more%n",
                    report.casesWithGradeChange(), report.casesWithOnlyFindingsChanged());
            System.out.println("  " + Machine.describe());
        }
        System.exit(0);
    }

    /** Real inspections, each figure moved at random by up to a tenth, until there are enough. */
    private static void seed(RecordedJudgements judgements) {
        List<RealCase> cases = RealData.read(SharedData.dataFolder()).cases(true);
        SplittableRandom random = new SplittableRandom(20261122);
        for (int index = 0; index < JUDGEMENTS; index++) {
            Evidence real = cases.get(index % cases.size()).evidence();
            Map<String, Object> values = new LinkedHashMap<>();
            for (Indicator indicator : Indicators.from(real)) {
                values.put(indicator.path(), moved(indicator, random));
            }
            judgements.judgeAndRecord(EvidenceAssembler.assemble(real.localAuthority(), real.inspection(), values), null, "benchmark");
        }
    }

    private static Object moved(Indicator indicator, SplittableRandom random) {
        EvidenceField field = indicator.field();
        if (!(indicator.value() instanceof Number number) || field.wholeNumbers()) {
            return indicator.value();
        }
        double value = number.doubleValue() * (0.9 + 0.2 * random.nextDouble());
        double maximum = field.maximum() == null ? Double.MAX_VALUE : field.maximum().doubleValue();
        return Math.round(Math.min(maximum, value) * 10) / 10.0;
    }
}

package org.judgementsupport.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.judgementsupport.evidence.Evidence;
import org.judgementsupport.evidence.EvidenceField;
import org.judgementsupport.judgement.Judge;
import org.judgementsupport.realdata.RealData;
import org.judgementsupport.realdata.SharedData;
import org.judgementsupport.ruleset.RuleFolderFixture;
import org.judgementsupport.ruleset.RuleSet;
import org.judgementsupport.ruleset.RuleSetLoader;
import org.judgementsupport.ruleset.RuleSetSnapshot;

/**
 * How the rule set scales: build time (translating the workbooks, compiling, checking every table), the heap the built
 * rule set holds, and the time to judge, for the default rule set and with a synthetic criteria table of 500 and of
 * 2,000 rows added. Synthetic rows are concerns ("exactly 12.3") spread over every numeric evidence field, so each can
 * fire and none overlaps another.
 *
 * <pre>  mvn -q -Pbench exec:java -Dbenchmark=RuleScaleBenchmark</pre>
 */
public final class RuleScaleBenchmark {

    private static final int[] EXTRA_ROWS = {0, 500, 2000};
    private static final int BUILDS = 3;

    public static void main(String[] arguments) throws Exception {
        List<Evidence> evidence = RealData.read(SharedData.dataFolder()).cases(true).stream().map(realCase -> realCase.evidence()).toList();
        System.out.printf("%-28s %8s %14s %14s %16s%n", "rule set", "rules", "build (median)", "heap held", "judge (mean)");
        for (int rows : EXTRA_ROWS) {
            RuleFolderFixture folder = RuleFolderFixture.temporaryCopyOfRepository("rule-scale");
            if (rows > 0) {
                folder.write("decision-tables/criteria/synthetic.drl.xlsx", syntheticTable(rows));
            }
            RuleSetSnapshot snapshot = folder.folder().read();
            new RuleSetLoader().load(snapshot);
            List<Long> millis = new ArrayList<>();
            for (int build = 0; build < BUILDS; build++) {
                long started = System.nanoTime();
                new RuleSetLoader().load(snapshot);
                millis.add((System.nanoTime() - started) / 1_000_000);
            }
            Collections.sort(millis);
            long heapBefore = settledHeap();
            RuleSet ruleSet = new RuleSetLoader().load(snapshot);
            long heldBytes = settledHeap() - heapBefore;
            double micros = judgeMicros(new Judge(ruleSet), evidence);
            System.out.printf("%-28s %8d %11d ms %11.1f MiB %13.1f µs%n", rows == 0 ? "default" : "default + " + rows + " rows",
                    ruleSet.catalogue().rules().size(), millis.get(BUILDS / 2), heldBytes / 1048576.0, micros);
            if (ruleSet.version().isEmpty()) {
                throw new IllegalStateException("keeps the rule set reachable until it has been measured");
            }
        }
        System.out.println("  " + Machine.describe());
        System.exit(0);
    }

    /** Judging every real case 20 times over, after 40 rounds to warm up (JudgementBenchmark measures this properly). */
    private static double judgeMicros(Judge judge, List<Evidence> evidence) {
        for (int round = 0; round < 40; round++) {
            evidence.forEach(judge::judge);
        }
        long started = System.nanoTime();
        for (int round = 0; round < 20; round++) {
            evidence.forEach(judge::judge);
        }
        return (System.nanoTime() - started) / 1000.0 / (20.0 * evidence.size());
    }

    private static long settledHeap() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int collection = 0; collection < 3; collection++) {
            System.gc();
            Thread.sleep(100);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static byte[] syntheticTable(int rows) {
        List<EvidenceField> fields = Arrays.stream(EvidenceField.values())
                .filter(field -> field.kind() == EvidenceField.Kind.NUMBER && !field.isDerived() && !field.wholeNumbers()).toList();
        Object[][] table = new Object[rows][];
        for (int row = 0; row < rows; row++) {
            EvidenceField field = fields.get(row % fields.size());
            double value = 1 + (row / fields.size()) * 0.1;
            table[row] = new Object[] {"Synthetic concern " + (row + 1) + " on " + field.path(), field.informs().name(), field.path(),
                    "exactly " + String.format(Locale.ROOT, "%.1f", value), "CONCERN", "", "Synthetic row " + (row + 1) + " for the scale benchmark"};
        }
        return RuleFolderFixture.criteriaWorkbook("judgementsupport.criteria.synthetic", table);
    }

    private RuleScaleBenchmark() {
    }
}

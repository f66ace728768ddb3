package org.judgementsupport.benchmark.peers;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.judgementsupport.ruleset.RuleSetFolder;
import org.judgementsupport.ruleset.RuleSetLoader;

/**
 * Build time from files and heap held, for the same criteria three ways. Each build starts from the rule folder on
 * disk: this service reads, translates, lints, compiles and checks its rule set ({@link RuleSetLoader}, as a reload
 * does); DMN reads the workbooks, writes the model and compiles it through KIE; plain Java reads the workbooks and
 * indexes their rows. Two builds to warm up, then the median of five; the heap held is what one built engine keeps
 * reachable after collection (as {@code RuleScaleBenchmark} measures it). The DMN model is written to
 * {@code target/benchmarks/criteria.dmn}, to open in any DMN editor.
 *
 * <pre>  mvn -q -Pbench test-compile exec:java -Dbenchmark=peers.EngineChoiceBuildBenchmark</pre>
 */
public final class EngineChoiceBuildBenchmark {

    private static final int WARM_UP = 2;
    private static final int BUILDS = 5;

    public static void main(String[] arguments) throws Exception {
        RuleSetFolder folder = new RuleSetFolder(Path.of("").toAbsolutePath());
        Map<String, Supplier<Object>> builds = new LinkedHashMap<>();
        builds.put("Drools (this service)", () -> new RuleSetLoader().load(folder.read()));
        builds.put("KIE DMN", () -> DmnCriteria.build(CriteriaDmn.write(CriteriaTables.read(folder.read()))));
        builds.put("plain Java", () -> PlainJavaCriteria.build(CriteriaTables.read(folder.read())));
        writeModel(CriteriaDmn.write(CriteriaTables.read(folder.read())));

        System.out.printf("%-24s %16s %16s %16s%n", "engine", "build (median)", "fastest, slowest", "heap held");
        for (Map.Entry<String, Supplier<Object>> build : builds.entrySet()) {
            for (int round = 0; round < WARM_UP; round++) {
                build.getValue().get();
            }
            List<Double> millis = new ArrayList<>();
            for (int round = 0; round < BUILDS; round++) {
                long started = System.nanoTime();
                build.getValue().get();
                millis.add((System.nanoTime() - started) / 1e6);
            }
            Collections.sort(millis);
            long heapBefore = settledHeap();
            Object built = build.getValue().get();
            long held = settledHeap() - heapBefore;
            System.out.printf("%-24s %13.1f ms %8.1f, %5.1f %12.2f MiB%n", build.getKey(), millis.get(BUILDS / 2), millis.get(0),
                    millis.get(BUILDS - 1), held / 1048576.0);
            if (built.hashCode() == 0) {
                System.out.println("(keeps the engine reachable until its heap has been measured)");
            }
        }
        System.out.println("  " + Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("java.vm.name") + " "
                + System.getProperty("java.version"));
        System.exit(0);
    }

    private static void writeModel(String xml) throws IOException {
        Path model = Path.of("target", "benchmarks", "criteria.dmn");
        Files.createDirectories(model.getParent());
        Files.writeString(model, xml);
    }

    private static long settledHeap() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int collection = 0; collection < 3; collection++) {
            System.gc();
            Thread.sleep(100);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    private EngineChoiceBuildBenchmark() {
    }
}

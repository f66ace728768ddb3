package org.judgementsupport.benchmark.peers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the time of each engine's judgement goes: reads the flight recordings JMH's {@code jfr} profiler left for
 * {@link EngineChoiceBenchmark} and prints, for each engine, the share of the benchmark thread's execution samples
 * spent in (that is, with a stack passing through) each part of its work. Parts overlap where one calls another.
 *
 * <pre>
 *   mvn -q -Pbench exec:exec@jmh -Djmh.args="EngineChoiceBenchmark.(drools|serviceJudgement|dmn)$ -bm avgt -t 1 -prof jfr:dir=target/profile;configName=profile -jvmArgs -XX:FlightRecorderOptions=stackdepth=512"
 *   mvn -q -Pbench exec:java -Dbenchmark=peers.StepProfile -Dexec.args=target/profile
 * </pre>
 */
public final class StepProfile {

    private record Part(String label, List<String> frames) {

        static Part of(String label, String... frames) {
            return new Part(label, List.of(frames));
        }

        boolean isIn(List<String> stack) {
            for (String frame : stack) {
                for (String wanted : frames) {
                    if (frame.contains(wanted)) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    private static final Map<String, List<Part>> PARTS = Map.of(
            "drools", List.of(
                    Part.of("the rule engine's step (RuleSet.findings)", "ruleset.RuleSet.findings"),
                    Part.of("  a new session per judgement, created and disposed", ".newKieSession", "StatefulKnowledgeSessionImpl.dispose"),
                    Part.of("  inserting the indicators (each is tested against every row's evidence path)", "StatefulKnowledgeSessionImpl.insert"),
                    Part.of("  firing the matched rows and the combining rule", "StatefulKnowledgeSessionImpl.fireAllRules"),
                    Part.of("    of which MVEL (constraints and consequences run by the MVEL interpreter)", "org.mvel2."),
                    Part.of("    of which the criteria's own tests (Criterion.parse, isMetBy)", "criteria.Criterion.parse", "criteria.Criterion.isMetBy"),
                    Part.of("    of which writing findings (Findings.cite: labels, formats, what would lift it)", "ruleset.Findings.cite"),
                    Part.of("  reading the findings back (getObjects), merging and sorting them", "StatefulKnowledgeSessionImpl.getObjects", "java.util.List.sort", "java.util.ArrayList.sort"),
                    Part.of("indicators from the evidence", "evidence.Indicators.from"),
                    Part.of("grading the areas and the overall table (remembered)", "peers.Grading.grade")),
            "serviceJudgement", List.of(
                    Part.of("the rule engine's step (RuleSet.findings)", "ruleset.RuleSet.findings"),
                    Part.of("indicators from the evidence", "evidence.Indicators.from"),
                    Part.of("grading and explaining each area (AreaGrading)", "judgement.AreaGrading.grade"),
                    Part.of("  evidence gaps", "judgement.AreaGrading.gaps"),
                    Part.of("  explained findings (locations, citations)", "judgement.AreaGrading.explain"),
                    Part.of("overall effectiveness and what would lift it (OverallGrading)", "judgement.OverallGrading.grade"),
                    Part.of("next steps", "judgement.NextStepsPlanning.plan"),
                    Part.of("the plain-English summary", "judgement.JudgementSummary.write")),
            "dmn", List.of(
                    Part.of("evaluating the Findings decision (DMNRuntime)", "DMNRuntimeImpl.evaluateDecisionByName"),
                    Part.of("  the four criteria tables", "DecisionTableImpl.evaluate"),
                    Part.of("    of which input expressions (every column of every table, for every judgement)", "DecisionTableImpl.resolveActualInputs"),
                    Part.of("    of which matching rows' unary tests", "DecisionTableImpl.findMatches"),
                    Part.of("    of which building the matched rows' outputs", "DecisionTableImpl.evaluateResults", "DecisionTableImpl.checkResults"),
                    Part.of("  the combining rule and the list of findings (FEEL literal expressions)", "DMNLiteralExpressionEvaluator.evaluate"),
                    Part.of("the input context (evidence grouped)", "DMNRuntimeImpl.newContext", "DMNContextImpl.set"),
                    Part.of("indicators from the evidence", "evidence.Indicators.from"),
                    Part.of("grading the areas and the overall table (remembered)", "peers.Grading.grade")));

    public static void main(String[] arguments) throws IOException {
        Path folder = Path.of(arguments.length > 0 ? arguments[0] : "target/profile");
        List<Path> recordings;
        try (Stream<Path> files = Files.walk(folder)) {
            recordings = files.filter(file -> file.toString().endsWith(".jfr")).sorted().toList();
        }
        for (Path recording : recordings) {
            String benchmark = recording.getParent().getFileName().toString().replaceAll(".*EngineChoiceBenchmark\\.([A-Za-z]+)-.*", "$1");
            List<Part> parts = PARTS.get(benchmark);
            if (parts == null) {
                continue;
            }
            List<List<String>> stacks = benchmarkStacks(recording);
            System.out.printf("%n%s: %d samples%n", benchmark, stacks.size());
            for (Part part : parts) {
                long in = stacks.stream().filter(part::isIn).count();
                System.out.printf("  %5.1f%%  %s%n", 100.0 * in / Math.max(1, stacks.size()), part.label());
            }
        }
    }

    /** Every execution sample of the benchmark's own thread, as "class.method" frames. */
    private static List<List<String>> benchmarkStacks(Path recording) throws IOException {
        List<List<String>> stacks = new ArrayList<>();
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                continue;
            }
            List<String> frames = new ArrayList<>();
            for (RecordedFrame frame : event.getStackTrace().getFrames()) {
                frames.add(frame.getMethod().getType().getName() + "." + frame.getMethod().getName());
            }
            if (frames.stream().anyMatch(frame -> frame.contains("jmh_generated"))) {
                stacks.add(frames);
            }
        }
        return stacks;
    }

    private StepProfile() {
    }
}

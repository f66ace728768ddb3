package org.judgementsupport.benchmark.peers;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.judgementsupport.evidence.Evidence;
import org.judgementsupport.judgement.Judge;
import org.judgementsupport.judgement.Judgement;
import org.judgementsupport.ruleset.RepositoryRuleSet;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The same criteria three ways on the same evidence: this service's rule engine, Apache KIE's DMN engine and plain
 * Java, each built from the repository's rule files at set-up. The evidence is {@code JudgementBenchmark}'s: the 271
 * published inspections with practice filled in from Ofsted's grades, already read, taken in turn.
 *
 * <p>{@link #drools}, {@link #dmn} and {@link #plainJava} do the same work (findings, area grades, overall
 * effectiveness); {@link #serviceJudgement} is the service's full judgement step ({@code JudgementBenchmark.judgeOnly}),
 * which adds the explanations. Nothing is timed until every engine has given the service's findings and grades on
 * every case.
 *
 * <pre>
 *   mvn -q -Pbench test-compile exec:exec@jmh -Djmh.args="EngineChoiceBenchmark -bm avgt,sample -t 1 -prof gc"
 *   mvn -q -Pbench exec:exec@jmh -Djmh.args="EngineChoiceBenchmark -bm thrpt -t 2 -tu s"
 * </pre>
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EngineChoiceBenchmark {

    private List<Evidence> evidence;
    private Judge judge;
    private Peers peers;

    /** Each thread takes the cases in turn from its own place. */
    @State(Scope.Thread)
    public static class Cursor {
        private int next;

        int advance(int size) {
            next = next + 1 == size ? 0 : next + 1;
            return next;
        }
    }

    @Setup
    public void setUp() {
        peers = Peers.build(RepositoryRuleSet.folder().read());
        judge = new Judge(peers.ruleSet());
        evidence = Cases.publishedInspections();
        Equivalence.require(evidence, peers);
    }

    /** The service's judgement step as it serves it: findings, grades, and every explanation. */
    @Benchmark
    public Judgement serviceJudgement(Cursor cursor) {
        return judge.judge(evidence.get(cursor.advance(evidence.size())));
    }

    /** This service's rule engine, doing only what the peers do. */
    @Benchmark
    public Outcome drools(Cursor cursor) {
        return peers.drools().judge(evidence.get(cursor.advance(evidence.size())));
    }

    @Benchmark
    public Outcome dmn(Cursor cursor) {
        return peers.dmn().judge(evidence.get(cursor.advance(evidence.size())));
    }

    @Benchmark
    public Outcome plainJava(Cursor cursor) {
        return peers.plainJava().judge(evidence.get(cursor.advance(evidence.size())));
    }
}

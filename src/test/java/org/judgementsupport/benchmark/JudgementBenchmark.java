package org.judgementsupport.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.judgementsupport.evidence.Evidence;
import org.judgementsupport.evidence.EvidenceReader;
import org.judgementsupport.judgement.Judge;
import org.judgementsupport.judgement.Judgement;
import org.judgementsupport.realdata.RealData;
import org.judgementsupport.realdata.SharedData;
import org.judgementsupport.ruleset.RepositoryRuleSet;
import org.judgementsupport.ruleset.RuleSet;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One judgement through the pipeline a request takes: JSON evidence read and validated as the API reads it, judged
 * with the full default rule set, the answer written as JSON. The evidence is real: every published Ofsted
 * inspection with the DfE figures public before it and practice filled in from Ofsted's grades, taken in turn.
 *
 * <p>{@link #judgeOnly} is the judgement alone, from evidence already read. {@link #withoutTheRuleEngine} is the
 * whole pipeline with the rule engine's step (working out the findings)
 * replaced by one that finds nothing: the difference is the engine's share. Modes and threads are chosen on the
 * command line (benchmarks/run-all runs single-thread average and sample time with the allocation profiler, and
 * two-thread throughput).
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class JudgementBenchmark {

    private List<byte[]> requests;
    private List<Evidence> evidence;
    private Judge judge;
    private Judge withoutEngine;
    private EvidenceReader reader;
    private ObjectMapper json;

    /** Each thread takes the cases in turn from its own place. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;

        int advance(int size) {
            next = next + 1 == size ? 0 : next + 1;
            return next;
        }
    }

    @Setup
    public void setUp() throws IOException {
        json = JsonMapper.builder().findAndAddModules().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
        RuleSet ruleSet = RepositoryRuleSet.get();
        judge = new Judge(ruleSet);
        withoutEngine = new Judge(ruleSet, (framework, indicators) -> List.of());
        reader = EvidenceReader.standalone();
        requests = RealData.read(SharedData.dataFolder()).cases(true).stream()
                .map(realCase -> {
                    try {
                        return json.writeValueAsBytes(realCase.evidence());
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
        evidence = requests.stream().map(request -> {
            try {
                return reader.read(json.readTree(request));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    @Benchmark
    public byte[] judgement(Cursor cursor) throws IOException {
        return pipeline(judge, requests.get(cursor.advance(requests.size())));
    }

    /** The judgement alone, from evidence already read: the rules and the grading, no JSON either side. */
    @Benchmark
    public Judgement judgeOnly(Cursor cursor) {
        return judge.judge(evidence.get(cursor.advance(evidence.size())));
    }

    @Benchmark
    public byte[] withoutTheRuleEngine(Cursor cursor) throws IOException {
        return pipeline(withoutEngine, requests.get(cursor.advance(requests.size())));
    }

    private byte[] pipeline(Judge with, byte[] request) throws IOException {
        return json.writeValueAsBytes(with.judge(reader.read(json.readTree(request))));
    }
}

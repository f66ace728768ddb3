package org.judgementsupport.impact;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.judgementsupport.system.CanonicalJson;
import org.judgementsupport.record.JudgementRecords;
import org.judgementsupport.evidence.Evidence;
import org.judgementsupport.judgement.Judge;
import org.judgementsupport.judgement.Judgement;
import org.judgementsupport.realdata.RealCase;
import org.judgementsupport.realdata.RealDataFolder;
import org.judgementsupport.ruleset.RuleSet;
import org.judgementsupport.ruleset.RuleSetRegistry;
import org.judgementsupport.ruleset.RuleSetVersions;
import org.springframework.stereotype.Service;

/**
 * Re-evaluates a corpus under the version in service and under a candidate, a batch at a time (so the stored record
 * can be any size) with each batch spread over the machine's cores, and adds up the differences.
 */
@Service
public class ImpactPreview {

    private static final int BATCH = 2000;

    private final RuleSetRegistry registry;
    private final RuleSetVersions versions;
    private final JudgementRecords records;
    private final RealDataFolder realData;

    public ImpactPreview(RuleSetRegistry registry, RuleSetVersions versions, JudgementRecords records,
                         RealDataFolder realData) {
        this.registry = registry;
        this.versions = versions;
        this.records = records;
        this.realData = realData;
    }

    /** A case judged both ways. */
    private record Evaluated(ImpactCase impactCase, Judgement before, Judgement after) {
    }

    /**
     * @param candidate                  a version in the archive, or the first characters of one
     * @param practiceFromRecordedGrades for the real cases: fill each area's evaluation of practice in from Ofsted's grade
     */
    public ImpactReport preview(String candidate, ImpactCorpus corpus, boolean practiceFromRecordedGrades) {
        long started = System.nanoTime();
        String version = versions.resolve(candidate).orElseThrow(() -> new CandidateNotFoundException(candidate));
        RuleSet candidateRules = versions.ruleSet(version).orElseThrow(() -> new CandidateDoesNotCompileException(version));
        RuleSet active = registry.active();
        Judge before = new Judge(active);
        Judge after = new Judge(candidateRules);
        ImpactAnalysis analysis = new ImpactAnalysis();
        switch (corpus) {
            case STORED -> records.forEachEvidenceBatch(BATCH, batch -> evaluate(batch, ImpactPreview::storedCase, before, after, analysis));
            case REAL_CASES -> {
                List<RealCase> cases = realData.data().cases(practiceFromRecordedGrades);
                for (int from = 0; from < cases.size(); from += BATCH) {
                    evaluate(cases.subList(from, Math.min(cases.size(), from + BATCH)),
                            real -> new ImpactCase(real.caseId(), real.evidence(), real.recordedGrades()), before, after, analysis);
                }
            }
        }
        String corpusName = corpus.parameter() + (corpus == ImpactCorpus.REAL_CASES && practiceFromRecordedGrades ? " (practice from Ofsted's grades)" : "");
        return analysis.report(active.version(), version, corpusName, (System.nanoTime() - started) / 1_000_000);
    }

    private static <T> void evaluate(List<T> batch, Function<T, ImpactCase> toCase, Judge before, Judge after, ImpactAnalysis analysis) {
        // Judging is the work and each case is independent; the analysis adds up one case at a time, in order.
        List<Evaluated> evaluated = batch.parallelStream().map(toCase)
                .map(impactCase -> new Evaluated(impactCase, before.judge(impactCase.evidence()), after.judge(impactCase.evidence())))
                .toList();
        evaluated.forEach(one -> analysis.add(one.impactCase(), one.before(), one.after()));
    }

    /** Stored evidence was read and accepted when it was judged; it is read back as it was stored. */
    private static ImpactCase storedCase(JudgementRecords.StoredEvidence stored) {
        return new ImpactCase(stored.id().toString(), CanonicalJson.read(stored.evidence(), Evidence.class), Map.of());
    }
}

package org.judgementsupport.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.judgementsupport.framework.JudgementArea.IMPACT_OF_LEADERS;
import static org.judgementsupport.impact.ProvisionalOutcome.GOOD;
import static org.judgementsupport.impact.ProvisionalOutcome.REQUIRES_IMPROVEMENT;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.judgementsupport.criteria.Effect;
import org.judgementsupport.evidence.EvidenceAssembler;
import org.judgementsupport.evidence.Inspection;
import org.judgementsupport.evidence.LocalAuthority;
import org.judgementsupport.evidence.PracticeQuality;
import org.judgementsupport.judgement.Judge;
import org.judgementsupport.ruleset.RepositoryRuleSet;
import org.judgementsupport.ruleset.RuleDescription;
import org.judgementsupport.ruleset.RuleSet;
import org.judgementsupport.ruleset.RuleSetLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Lowering the caseload limit from 25 to 18, over four cases built to show each kind of difference. */
class ImpactAnalysisTest {

    private static ImpactReport report;

    @BeforeAll
    static void preview() throws Exception {
        RuleSet candidate = new RuleSetLoader().load(CaseloadLimitChange.changedFolder().folder().read());
        Judge before = new Judge(RepositoryRuleSet.get());
        Judge after = new Judge(candidate);
        ImpactAnalysis analysis = new ImpactAnalysis();
        for (ImpactCase impactCase : new ImpactCase[] {
                leadersJudged("caseload 19", 19.0), leadersJudged("caseload 14", 14.0), leadersJudged("caseload 30", 30.0), notJudged("caseload 20, no practice", 20.0)}) {
            analysis.add(impactCase, before.judge(impactCase.evidence()), after.judge(impactCase.evidence()));
        }
        report = analysis.report(RepositoryRuleSet.get().version(), candidate.version(), "test", 0);
    }

    @Test
    void aCaseNewlyCaughtByTheLimitMovesFromGoodToRequiresImprovementWithTheFindingThatAppeared() {
        assertThat(report.casesWithGradeChange()).isEqualTo(1);
        ImpactReport.ChangedCase changed = report.changedCases().get(0);
        assertThat(changed.caseId()).isEqualTo("caseload 19");
        assertThat(changed.areas()).containsExactly(new ImpactReport.AreaChange(IMPACT_OF_LEADERS, GOOD, REQUIRES_IMPROVEMENT, null));
        assertThat(changed.appeared()).contains(new ImpactReport.FindingChange(IMPACT_OF_LEADERS, CaseloadLimitChange.RULE, Effect.LIMITS_TO_REQUIRES_IMPROVEMENT));
        assertThat(changed.disappeared()).isEmpty();
    }

    @Test
    void theTransitionMatrixCountsEveryCaseOnceWithNotDeterminedApart() {
        ImpactReport.AreaTransitions leaders = report.areas().stream().filter(area -> area.area() == IMPACT_OF_LEADERS).findFirst().orElseThrow();

        assertThat(leaders.cases()).isEqualTo(4);
        assertThat(leaders.changed()).isEqualTo(1);
        assertThat(leaders.transitions()[GOOD.ordinal()][REQUIRES_IMPROVEMENT.ordinal()]).isEqualTo(1);
        assertThat(leaders.transitions()[GOOD.ordinal()][GOOD.ordinal()]).as("caseload 14").isEqualTo(1);
        assertThat(leaders.transitions()[REQUIRES_IMPROVEMENT.ordinal()][REQUIRES_IMPROVEMENT.ordinal()]).as("caseload 30").isEqualTo(1);
        assertThat(leaders.transitions()[ProvisionalOutcome.NOT_DETERMINED.ordinal()][ProvisionalOutcome.NOT_DETERMINED.ordinal()]).isEqualTo(1);
    }

    @Test
    void aCaseWhoseFindingsChangedButNotItsGradeIsCountedNotListed() {
        assertThat(report.casesWithOnlyFindingsChanged()).isEqualTo(1);
        assertThat(report.changedCases()).extracting(ImpactReport.ChangedCase::caseId).doesNotContain("caseload 20, no practice");
    }

    @Test
    void theRuleThatChangedSaysHowManyOfItsFiringsChanged() {
        ImpactReport.RuleFiringChange limit = report.rules().stream().filter(rule -> rule.rule().equals(CaseloadLimitChange.RULE)).findFirst().orElseThrow();

        assertThat(limit.rule()).isEqualTo(CaseloadLimitChange.RULE);
        assertThat(limit.firedBefore()).as("caseload 30").isEqualTo(1);
        assertThat(limit.firedAfter()).as("caseloads 19, 20 and 30").isEqualTo(3);
        assertThat(limit.changed()).isEqualTo(2);
        assertThat(limit.changedShare()).isCloseTo(2.0 / 3, offset(1e-9));
        // No other criterion changed; the overall-effectiveness rows that follow from the leaders' grade did.
        Set<String> criteria = RepositoryRuleSet.get().catalogue().rules(RuleDescription.Stage.CRITERION).stream()
                .map(RuleDescription::name).collect(Collectors.toSet());
        assertThat(report.rules()).filteredOn(rule -> rule.changed() > 0 && criteria.contains(rule.rule()))
                .extracting(ImpactReport.RuleFiringChange::rule).containsExactly(CaseloadLimitChange.RULE);
        assertThat(report.rules()).filteredOn(rule -> rule.changed() > 0).extracting(ImpactReport.RuleFiringChange::rule)
                .contains("Leaders requiring improvement limit overall effectiveness to requires improvement");
    }

    private static ImpactCase leadersJudged(String caseId, double caseload) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("workforce.caseloadPerSocialWorker", caseload);
        values.put("leadership.practiceQuality", PracticeQuality.CONSISTENTLY_EFFECTIVE);
        return impactCase(caseId, values);
    }

    private static ImpactCase notJudged(String caseId, double caseload) {
        return impactCase(caseId, Map.of("workforce.caseloadPerSocialWorker", caseload));
    }

    private static ImpactCase impactCase(String caseId, Map<String, Object> values) {
        return new ImpactCase(caseId, EvidenceAssembler.assemble(new LocalAuthority("E09000002", null),
                new Inspection(LocalDate.of(2024, 5, 13), null, null, null), values), Map.of());
    }
}

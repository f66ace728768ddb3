package org.judgementsupport.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.judgementsupport.framework.JudgementArea.IMPACT_OF_LEADERS;
import static org.judgementsupport.framework.JudgementArea.LEADERSHIP_MANAGEMENT_AND_GOVERNANCE;
import static org.judgementsupport.framework.JudgementArea.OVERALL_EFFECTIVENESS;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.judgementsupport.criteria.Effect;
import org.judgementsupport.framework.Framework;
import org.judgementsupport.framework.Grade;
import org.judgementsupport.framework.JudgementArea;
import org.judgementsupport.judgement.AreaJudgement;
import org.judgementsupport.judgement.Judge;
import org.judgementsupport.realdata.RealData;
import org.judgementsupport.realdata.SharedData;
import org.judgementsupport.ruleset.RepositoryRuleSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The default rules over every published inspection, ILACS and SIF: what a moderation panel would see. Prints the
 * figures the README quotes, for the ILACS and SIF inspections apart, and holds the rules to what the published
 * record supports.
 *
 * <p>Two corpora: the DfE indicators alone (what the statistics can say before anyone visits), and the same with each
 * area's evaluation of practice filled in from Ofsted's grade for it (a what-if: would the limits, triggers and the
 * overall tables have overruled Ofsted?).
 */
class RealCasesConsistencyTest {

    /** The SIF inspections are those before ILACS; the ILACS ones from 2018 on. */
    private enum Frameworks { ILACS, SIF }

    private static List<ConsistencyAnalysis.JudgedCase> indicatorsOnly;
    private static List<ConsistencyAnalysis.JudgedCase> withPractice;
    private static ConsistencyReport indicatorsReport;
    private static ConsistencyReport practiceReport;
    private static final Map<Frameworks, ConsistencyReport> INDICATORS_BY_FRAMEWORK = new EnumMap<>(Frameworks.class);
    private static final Map<Frameworks, ConsistencyReport> PRACTICE_BY_FRAMEWORK = new EnumMap<>(Frameworks.class);

    @BeforeAll
    static void judgeTheCorpus() {
        RealData data = RealData.read(SharedData.dataFolder());
        indicatorsOnly = judged(data, false);
        withPractice = judged(data, true);
        ConsistencyAnalysis analysis = new ConsistencyAnalysis(RepositoryRuleSet.get(), ModerationController.DEFAULT_SIMILARITY);
        indicatorsReport = analysis.analyse(indicatorsOnly);
        practiceReport = analysis.analyse(withPractice);
        for (Frameworks frameworks : Frameworks.values()) {
            INDICATORS_BY_FRAMEWORK.put(frameworks, analysis.analyse(under(frameworks, indicatorsOnly)));
            PRACTICE_BY_FRAMEWORK.put(frameworks, analysis.analyse(under(frameworks, withPractice)));
        }
        print();
    }

    @Test
    void theCorpusHoldsEveryIlacsAndEverySifInspection() {
        assertThat(under(Frameworks.ILACS, withPractice)).hasSize(271);
        assertThat(under(Frameworks.SIF, withPractice)).hasSize(173);
    }

    @Test
    void withOfstedsPracticeGradesTheOverallTablesReproduceOfstedAndEveryDifferenceIsOfstedsOwnAreaGrades() {
        for (Frameworks frameworks : Frameworks.values()) {
            ConsistencyReport.AreaAgreement overall = area(PRACTICE_BY_FRAMEWORK.get(frameworks), OVERALL_EFFECTIVENESS);

            assertThat(overall.notDetermined()).as("%s overall grades not determined", frameworks)
                    .isEqualTo(withoutAGradedJudgement(under(frameworks, withPractice)));
            assertThat(overall.agreement().exact()).as(frameworks.name()).isGreaterThanOrEqualTo(0.95);
            assertThat(overall.agreement().kappaLower95()).as(frameworks.name()).isGreaterThanOrEqualTo(0.9);
        }
        // Where the provisional overall grade differs from Ofsted's, either Ofsted's own area grades run through the
        // table give the provisional grade (the table against the record), or a limit moved an area grade first.
        List<String> againstTable = practiceReport.recordedOverallAgainstTable().stream().map(ConsistencyReport.TableDisagreement::caseId).toList();
        List<String> areaMoved = practiceReport.disagreements().stream().filter(disagreement -> disagreement.area() != OVERALL_EFFECTIVENESS)
                .map(ConsistencyReport.Disagreement::caseId).toList();
        assertThat(practiceReport.disagreements()).filteredOn(disagreement -> disagreement.area() == OVERALL_EFFECTIVENESS)
                .allSatisfy(disagreement -> assertThat(againstTable.contains(disagreement.caseId()) || areaMoved.contains(disagreement.caseId()))
                        .as(disagreement.caseId()).isTrue());
    }

    @Test
    void publishedIndicatorsAloneNeverGiveAGradeButSayTheBestReachable() {
        assertThat(indicatorsReport.areas()).allSatisfy(area -> {
            assertThat(area.agreement().pairs()).as(area.area().name()).isZero();
            assertThat(area.notDetermined()).isEqualTo(area.recorded());
        });
    }

    @Test
    void noTriggerFiresFromPublishedFiguresOnAnAuthorityOfstedGradedGoodOrOutstanding() {
        assertThat(indicatorsReport.triggersOnGoodOrOutstanding()).isEmpty();
        assertThat(practiceReport.triggersOnGoodOrOutstanding()).isEmpty();
    }

    @Test
    void limitsFromPublishedFiguresRarelyCapAnAuthorityOfstedGradedGoodOrOutstanding() {
        assertThat(shareOfGoodOrOutstandingWith(indicatorsOnly, Effect.LIMITS_TO_REQUIRES_IMPROVEMENT)).isLessThan(0.05);
    }

    /** The workforce indicators behind the leadership concerns track Ofsted's leadership grade, best to worst. */
    @Test
    void leadershipConcernsRiseAsOfstedsLeadershipGradeFalls() {
        List<Double> concerns = Arrays.stream(Grade.values())
                .map(grade -> findings(indicatorsReport, IMPACT_OF_LEADERS, grade).averageConcerns()).toList();

        assertThat(concerns).isSortedAccordingTo(Double::compare);
        assertThat(concerns.get(0)).isLessThan(concerns.get(3));
    }

    private static List<ConsistencyAnalysis.JudgedCase> under(Frameworks frameworks, List<ConsistencyAnalysis.JudgedCase> cases) {
        return cases.stream().filter(judged -> (judged.judgement().framework() == Framework.SIF_2013) == (frameworks == Frameworks.SIF)).toList();
    }

    /**
     * Cases whose record lacks one of their framework's judgements (the Isles of Scilly's SIF children looked after, the
     * City of London's adoption): the service cannot tell a judgement Ofsted did not make from one not made yet, so it
     * waits for it.
     */
    private static long withoutAGradedJudgement(List<ConsistencyAnalysis.JudgedCase> cases) {
        return cases.stream().filter(judged -> !judged.moderationCase().recordedGrades().keySet()
                .containsAll(judged.judgement().framework().gradedAreas())).count();
    }

    private static double shareOfGoodOrOutstandingWith(List<ConsistencyAnalysis.JudgedCase> cases, Effect effect) {
        List<ConsistencyAnalysis.JudgedCase> goodOrBetter = cases.stream()
                .filter(judged -> judged.moderationCase().recordedGrades().get(OVERALL_EFFECTIVENESS).isAtLeast(Grade.GOOD)).toList();
        return (double) goodOrBetter.stream().filter(judged -> count(judged, effect) > 0).count() / goodOrBetter.size();
    }

    private static long count(ConsistencyAnalysis.JudgedCase judged, Effect effect) {
        return judged.judgement().areas().stream().map(AreaJudgement::findings).flatMap(List::stream)
                .filter(finding -> finding.effect() == effect).count();
    }

    private static List<ConsistencyAnalysis.JudgedCase> judged(RealData data, boolean practiceFromRecordedGrades) {
        Judge judge = new Judge(RepositoryRuleSet.get());
        return data.cases(practiceFromRecordedGrades).stream()
                .map(real -> new ConsistencyAnalysis.JudgedCase(new ModerationCase(real.caseId(), real.evidence(), real.recordedGrades()),
                        judge.judge(real.evidence())))
                .toList();
    }

    private static ConsistencyReport.AreaAgreement area(ConsistencyReport report, JudgementArea area) {
        return report.areas().stream().filter(agreement -> agreement.area() == area).findFirst().orElseThrow();
    }

    private static ConsistencyReport.FindingsByGrade findings(ConsistencyReport report, JudgementArea area, Grade grade) {
        return report.findingsByRecordedGrade().stream().filter(row -> row.area() == area && row.recorded() == grade).findFirst().orElseThrow();
    }

    private static void print() {
        System.out.printf("%nDefault rules over %d published inspections (%d ILACS, %d SIF)%n", indicatorsReport.cases(),
                under(Frameworks.ILACS, indicatorsOnly).size(), under(Frameworks.SIF, indicatorsOnly).size());
        for (Frameworks frameworks : Frameworks.values()) {
            ConsistencyReport practice = PRACTICE_BY_FRAMEWORK.get(frameworks);
            ConsistencyReport indicators = INDICATORS_BY_FRAMEWORK.get(frameworks);
            List<ConsistencyAnalysis.JudgedCase> alone = under(frameworks, indicatorsOnly);
            ConsistencyReport.AreaAgreement overall = area(practice, OVERALL_EFFECTIVENESS);
            System.out.printf("%n%s (%d inspections)%n", frameworks, practice.cases());
            System.out.printf("With Ofsted's practice grades, overall effectiveness: %d of %d exact (%.1f%%), weighted kappa %.3f (95%% CI %.3f to %.3f), "
                            + "%d not determined, %d recorded overall grades the table contradicts%n",
                    overall.agreement().pairs() - mismatches(overall), overall.agreement().pairs(), 100 * overall.agreement().exact(),
                    overall.agreement().weightedKappa(), overall.agreement().kappaLower95(), overall.agreement().kappaUpper95(),
                    overall.notDetermined(), practice.recordedOverallAgainstTable().size());
            practice.recordedOverallAgainstTable().forEach(disagreement -> System.out.printf("  Table against the record: %s recorded %s, table %s: %s%n",
                    disagreement.caseId(), disagreement.recordedOverall(), disagreement.tableGives(), disagreement.recordedAreas()));
            practice.disagreements().stream().filter(disagreement -> disagreement.area() != OVERALL_EFFECTIVENESS)
                    .forEach(disagreement -> System.out.printf("  Area overruled: %s %s recorded %s, provisional %s: %s%n", disagreement.caseId(),
                            disagreement.area(), disagreement.recorded(), disagreement.provisional(), disagreement.findings()));
            for (Effect effect : List.of(Effect.INADEQUACY_TRIGGER, Effect.LIMITS_TO_REQUIRES_IMPROVEMENT)) {
                System.out.printf("Published figures alone: %s on %.1f%% of authorities Ofsted graded good or outstanding%n",
                        effect, 100 * shareOfGoodOrOutstandingWith(alone, effect));
            }
            System.out.printf("Indicators alone: areas recorded inadequate with no trigger: %d; similar-evidence pairs two grades apart: %d%n",
                    indicators.totals().inadequateWithoutTrigger(), indicators.totals().similarEvidenceDifferentGrades());
            System.out.println("Concerns from published figures, by Ofsted's overall grade (all areas / per case):");
            Map<Grade, double[]> byGrade = new EnumMap<>(Grade.class);
            for (ConsistencyAnalysis.JudgedCase judged : alone) {
                double[] sum = byGrade.computeIfAbsent(judged.moderationCase().recordedGrades().get(OVERALL_EFFECTIVENESS), grade -> new double[2]);
                sum[0] += count(judged, Effect.CONCERN);
                sum[1]++;
            }
            byGrade.forEach((grade, sum) -> System.out.printf("  %-22s %3.0f cases, %.2f concerns%n", grade, sum[1], sum[0] / sum[1]));
            JudgementArea leadership = frameworks == Frameworks.SIF ? LEADERSHIP_MANAGEMENT_AND_GOVERNANCE : IMPACT_OF_LEADERS;
            JudgementArea help = JudgementArea.HELP_AND_PROTECTION;
            for (JudgementArea area : List.of(leadership, help)) {
                System.out.println(area + " concerns by Ofsted's grade for it:");
                for (Grade grade : Grade.values()) {
                    indicators.findingsByRecordedGrade().stream().filter(row -> row.area() == area && row.recorded() == grade).findFirst()
                            .ifPresent(row -> System.out.printf("  %-22s %3d cases, %.2f concerns%n", grade, row.cases(), row.averageConcerns()));
                }
            }
        }
    }

    private static int mismatches(ConsistencyReport.AreaAgreement area) {
        return (int) Math.round(area.agreement().pairs() * (1 - area.agreement().exact()));
    }
}

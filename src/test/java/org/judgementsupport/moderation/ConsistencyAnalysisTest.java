package org.judgementsupport.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.judgementsupport.framework.Grade.GOOD;
import static org.judgementsupport.framework.Grade.INADEQUATE;
import static org.judgementsupport.framework.Grade.OUTSTANDING;
import static org.judgementsupport.framework.Grade.REQUIRES_IMPROVEMENT;
import static org.judgementsupport.framework.JudgementArea.CARE_LEAVERS;
import static org.judgementsupport.framework.JudgementArea.CHILDREN_IN_CARE;
import static org.judgementsupport.framework.JudgementArea.HELP_AND_PROTECTION;
import static org.judgementsupport.framework.JudgementArea.IMPACT_OF_LEADERS;
import static org.judgementsupport.framework.JudgementArea.OVERALL_EFFECTIVENESS;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.judgementsupport.evidence.EvidenceAssembler;
import org.judgementsupport.evidence.Inspection;
import org.judgementsupport.evidence.LocalAuthority;
import org.judgementsupport.evidence.PracticeQuality;
import org.judgementsupport.framework.Grade;
import org.judgementsupport.framework.JudgementArea;
import org.judgementsupport.judgement.Judge;
import org.judgementsupport.ruleset.RepositoryRuleSet;
import org.junit.jupiter.api.Test;

/** Each part of a consistency report, on cases built to land in it. */
class ConsistencyAnalysisTest {

    private final ConsistencyReport report = new ConsistencyAnalysis(RepositoryRuleSet.get(), 0.05).analyse(List.of(
            judged("agrees", Map.of("leadership.practiceQuality", PracticeQuality.CONSISTENTLY_EFFECTIVE,
                            "helpAndProtection.practiceQuality", PracticeQuality.CONSISTENTLY_EFFECTIVE,
                            "childrenInCare.practiceQuality", PracticeQuality.CONSISTENTLY_EFFECTIVE,
                            "careLeavers.practiceQuality", PracticeQuality.CONSISTENTLY_EFFECTIVE),
                    grades(OVERALL_EFFECTIVENESS, GOOD, IMPACT_OF_LEADERS, GOOD, HELP_AND_PROTECTION, GOOD, CHILDREN_IN_CARE, GOOD, CARE_LEAVERS, GOOD)),
            judged("trigger on good", Map.of("helpAndProtection.practiceQuality", PracticeQuality.CONSISTENTLY_EFFECTIVE,
                            "missingChildren.returnInterviewsOfferedPct", 40.0),
                    grades(HELP_AND_PROTECTION, GOOD)),
            judged("inadequate without trigger", Map.of("helpAndProtection.practiceQuality", PracticeQuality.NOT_YET_CONSISTENTLY_GOOD),
                    grades(HELP_AND_PROTECTION, INADEQUATE)),
            judged("overall against the table", Map.of("leadership.practiceQuality", PracticeQuality.WIDESPREAD_OR_SERIOUS_FAILURES),
                    grades(OVERALL_EFFECTIVENESS, GOOD, IMPACT_OF_LEADERS, INADEQUATE, HELP_AND_PROTECTION, GOOD, CHILDREN_IN_CARE, GOOD, CARE_LEAVERS, GOOD)),
            judged("better than allowed", Map.of("missingChildren.returnInterviewsOfferedPct", 70.0),
                    grades(HELP_AND_PROTECTION, OUTSTANDING)),
            judged("twin A", twinEvidence(), grades(IMPACT_OF_LEADERS, OUTSTANDING)),
            judged("twin B", twinEvidence(), grades(IMPACT_OF_LEADERS, REQUIRES_IMPROVEMENT))));

    @Test
    void agreementPerAreaCountsNotDeterminedApart() {
        ConsistencyReport.AreaAgreement help = area(HELP_AND_PROTECTION);

        // Five cases record a help-and-protection grade; two lack the practice evidence the area needs.
        assertThat(help.recorded()).isEqualTo(5);
        assertThat(help.notDetermined()).isEqualTo(2);
        assertThat(help.notDeterminedByRecordedGrade()).containsOnly(Map.entry(OUTSTANDING, 1), Map.entry(GOOD, 1));
        assertThat(help.agreement().pairs()).isEqualTo(3);
        assertThat(help.agreement().exact()).isCloseTo(1.0 / 3, offset(1e-9));
        assertThat(help.agreement().confusion()[GOOD.ordinal()][INADEQUATE.ordinal()]).isEqualTo(1);
        assertThat(help.agreement().confusion()[INADEQUATE.ordinal()][REQUIRES_IMPROVEMENT.ordinal()]).isEqualTo(1);
    }

    @Test
    void disagreementsAreRankedBySizeWithTheProvisionalExplanation() {
        // Two grades apart before one apart; equal sizes in case order.
        assertThat(report.disagreements()).extracting(ConsistencyReport.Disagreement::caseId)
                .containsExactly("better than allowed", "overall against the table", "trigger on good", "inadequate without trigger");
        assertThat(report.totals().disagreements()).isEqualTo(4);
        ConsistencyReport.Disagreement trigger = report.disagreements().stream()
                .filter(disagreement -> disagreement.caseId().equals("trigger on good")).findFirst().orElseThrow();
        assertThat(trigger.size()).isEqualTo(2);
        assertThat(trigger.provisional()).isEqualTo("INADEQUATE");
        assertThat(trigger.basis()).contains("inadequacy trigger");
        assertThat(trigger.findings()).extracting(ConsistencyReport.FindingSummary::rule)
                .contains("Fewer than half of missing children are offered a return interview");
        ConsistencyReport.Disagreement allowed = report.disagreements().get(0);
        assertThat(allowed.kind()).isEqualTo(ConsistencyReport.Disagreement.Kind.BETTER_THAN_THE_CRITERIA_ALLOW);
        assertThat(allowed.provisional()).isEqualTo("not determined, at best REQUIRES_IMPROVEMENT");
        assertThat(allowed.toImprove()).contains("Missing children offered a return interview must reach 80%");
    }

    @Test
    void aRecordedOverallGradeTheTableContradictsIsListedWithTheRow() {
        assertThat(report.recordedOverallAgainstTable()).singleElement().satisfies(mismatch -> {
            assertThat(mismatch.caseId()).isEqualTo("overall against the table");
            assertThat(mismatch.recordedOverall()).isEqualTo(GOOD);
            assertThat(mismatch.tableGives()).isEqualTo(INADEQUATE);
            assertThat(mismatch.row().rule()).isEqualTo("Inadequate leadership makes overall effectiveness inadequate");
            assertThat(mismatch.row().location().file()).isEqualTo("decision-tables/overall-effectiveness.drl.xlsx");
        });
    }

    @Test
    void similarEvidenceWithGradesTwoApartIsPaired() {
        assertThat(report.similarEvidenceDifferentGrades()).singleElement().satisfies(pair -> {
            assertThat(List.of(pair.caseA(), pair.caseB())).containsExactlyInAnyOrder("twin A", "twin B");
            assertThat(pair.area()).isEqualTo(IMPACT_OF_LEADERS);
            assertThat(pair.gradesApart()).isEqualTo(2);
            assertThat(pair.distance()).isZero();
            assertThat(pair.sharedEvidence()).isEqualTo(5);
        });
    }

    @Test
    void triggersAgainstGoodRecordsAndInadequateRecordsWithoutTriggersAreListed() {
        assertThat(report.triggersOnGoodOrOutstanding()).singleElement().satisfies(item -> {
            assertThat(item.caseId()).isEqualTo("trigger on good");
            assertThat(item.rules()).containsExactly("Fewer than half of missing children are offered a return interview");
        });
        assertThat(report.inadequateWithoutTrigger()).extracting(ConsistencyReport.CriteriaAgainstRecord::caseId)
                .containsExactly("inadequate without trigger");
    }

    @Test
    void findingsAreCountedByRecordedGrade() {
        ConsistencyReport.FindingsByGrade good = report.findingsByRecordedGrade().stream()
                .filter(row -> row.area() == HELP_AND_PROTECTION && row.recorded() == GOOD).findFirst().orElseThrow();

        // Three cases record help and protection as good; only the one with 40% return interviews carries a limit and a trigger.
        assertThat(good.cases()).isEqualTo(3);
        assertThat(good.shareWithTrigger()).isCloseTo(1.0 / 3, offset(1e-9));
        assertThat(good.shareWithLimit()).isCloseTo(1.0 / 3, offset(1e-9));
    }

    private ConsistencyReport.AreaAgreement area(JudgementArea area) {
        return report.areas().stream().filter(agreement -> agreement.area() == area).findFirst().orElseThrow();
    }

    private static Map<String, Object> twinEvidence() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("workforce.caseloadPerSocialWorker", 17.0);
        values.put("workforce.vacancyRatePct", 15.0);
        values.put("workforce.agencyRatePct", 12.0);
        values.put("workforce.turnoverRatePct", 14.0);
        values.put("helpAndProtection.reReferralRatePct", 21.0);
        return values;
    }

    private static ConsistencyAnalysis.JudgedCase judged(String caseId, Map<String, Object> values, Map<JudgementArea, Grade> recorded) {
        ModerationCase moderationCase = new ModerationCase(caseId, EvidenceAssembler.assemble(new LocalAuthority("E09000002", null),
                new Inspection(LocalDate.of(2024, 5, 13), null, null, null), values), recorded);
        return new ConsistencyAnalysis.JudgedCase(moderationCase, new Judge(RepositoryRuleSet.get()).judge(moderationCase.evidence()));
    }

    private static Map<JudgementArea, Grade> grades(Object... areaAndGrade) {
        Map<JudgementArea, Grade> grades = new EnumMap<>(JudgementArea.class);
        for (int index = 0; index < areaAndGrade.length; index += 2) {
            grades.put((JudgementArea) areaAndGrade[index], (Grade) areaAndGrade[index + 1]);
        }
        return grades;
    }
}

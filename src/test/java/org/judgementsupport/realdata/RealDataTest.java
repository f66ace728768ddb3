package org.judgementsupport.realdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.judgementsupport.criteria.Criterion;
import org.judgementsupport.evidence.EvidenceField;
import org.judgementsupport.framework.Framework;
import org.judgementsupport.framework.Grade;
import org.judgementsupport.framework.JudgementArea;
import org.judgementsupport.ruleset.RepositoryRuleSet;
import org.judgementsupport.ruleset.RuleDescription;
import org.junit.jupiter.api.Test;

/** Evidence built from the DfE's published indicators, and moderation cases from Ofsted's published inspections. */
class RealDataTest {

    private static final DfeIndicators INDICATORS = DfeIndicators.read(SharedData.dataFolder());

    @Test
    void anInspectionGetsTheLatestFiguresPublishedBeforeItStarted() {
        Map<EvidenceField, DfeIndicators.Figure> figures = byField(INDICATORS.latestBefore("E09000002", LocalDate.of(2023, 7, 10)));

        DfeIndicators.Figure caseload = figures.get(EvidenceField.CASELOAD_PER_SOCIAL_WORKER);
        assertThat(caseload.year()).as("the 2023 workforce figures were published in 2024").isEqualTo(2022);
        assertThat(caseload.value()).isEqualTo(16.5);
        assertThat(figures.get(EvidenceField.RE_REFERRAL_RATE).year()).isEqualTo(2022);
        assertThat(figures).containsKeys(EvidenceField.LONG_TERM_STABILITY, EvidenceField.CARE_LEAVERS_IN_EET, EvidenceField.MISSING_FROM_CARE);
    }

    @Test
    void anAuthorityWhoseCodeChangedIsFoundUnderItsOldCodeToo() {
        assertThat(byField(INDICATORS.latestBefore("E08000038", LocalDate.of(2024, 6, 1))).get(EvidenceField.CASELOAD_PER_SOCIAL_WORKER))
                .as("Barnsley, reported as E08000016 until 2025").satisfies(figure -> {
                    assertThat(figure.year()).isEqualTo(2023);
                    assertThat(figure.reportedFor()).isEqualTo("E08000016");
                });
    }

    @Test
    void aFigureReportedJointlyForTwoAuthoritiesCountsForEachAndSaysSo() {
        DfeIndicators.Figure kingston = byField(INDICATORS.latestBefore("E09000021", LocalDate.of(2024, 6, 1))).get(EvidenceField.VACANCY_RATE);
        DfeIndicators.Figure richmond = byField(INDICATORS.latestBefore("E09000027", LocalDate.of(2024, 6, 1))).get(EvidenceField.VACANCY_RATE);

        assertThat(kingston).isEqualTo(richmond);
        assertThat(kingston.joint()).isTrue();
    }

    @Test
    void everyPublishedInspectionBecomesACaseUsingOnlyFiguresPublishedBeforeIt() {
        RealData data = RealData.read(SharedData.dataFolder());
        List<RealCase> cases = data.cases(false);

        assertThat(cases).hasSize(data.inspections())
                .hasSize(OfstedOutcomes.read(SharedData.dataFolder()).size() + SifOutcomes.read(SharedData.dataFolder(), INDICATORS::codeForName).inspections().size());
        assertThat(cases).allSatisfy(realCase -> {
            assertThat(realCase.recordedGrades()).containsKey(JudgementArea.OVERALL_EFFECTIVENESS);
            assertThat(realCase.recordedGrades().keySet()).anyMatch(JudgementArea::isLeadership);
            assertThat(realCase.sources()).allSatisfy(figure ->
                    assertThat(figure.publishedBy()).isBefore(realCase.evidence().inspection().startDate()));
        });
        // Workforce and children-in-need figures go back to 2017 and 2013; looked-after children's only to 2020-21.
        assertThat(cases).filteredOn(realCase -> realCase.evidence().inspection().startDate().getYear() >= 2019)
                .allSatisfy(realCase -> assertThat(realCase.sources()).hasSizeGreaterThanOrEqualTo(4));
        List<RealCase> recent = cases.stream().filter(realCase -> realCase.evidence().inspection().startDate().getYear() >= 2022).toList();
        assertThat(recent.stream().filter(realCase -> realCase.sources().size() >= 10).count())
                .as("inspections since 2022 with at least 10 of the 11 indicators").isGreaterThan(recent.size() * 8L / 10);
    }

    /**
     * A SIF inspection is a case under the SIF by name (some re-inspections began in 2018), with its sub-judgements, and
     * its overall grade is the previous grade of the authority's next inspection, whatever the framework.
     */
    @Test
    void sifInspectionsAreCasesUnderTheSifAndTheirGradeCarriesIntoTheNextInspection() {
        List<RealCase> barnet = RealData.read(SharedData.dataFolder()).cases(true).stream()
                .filter(realCase -> realCase.caseId().startsWith("E09000003-")).toList();

        assertThat(barnet).extracting(RealCase::caseId).containsExactly("E09000003-2017-04-28", "E09000003-2019-05-13", "E09000003-2024-06-10");
        RealCase sif = barnet.get(0);
        assertThat(sif.evidence().inspection().framework()).isEqualTo(Framework.SIF_2013);
        assertThat(sif.recordedGrades()).containsEntry(JudgementArea.OVERALL_EFFECTIVENESS, Grade.INADEQUATE)
                .containsEntry(JudgementArea.ADOPTION_PERFORMANCE, Grade.REQUIRES_IMPROVEMENT);
        assertThat(sif.evidence().adoption().practiceQuality().grade()).isEqualTo(Grade.REQUIRES_IMPROVEMENT);
        assertThat(sif.evidence().leadership().practiceQuality().grade())
                .isEqualTo(sif.recordedGrades().get(JudgementArea.LEADERSHIP_MANAGEMENT_AND_GOVERNANCE));
        assertThat(barnet.get(1).evidence().inspection().previousOverallGrade()).as("the ILACS inspection after the SIF's").isEqualTo(Grade.INADEQUATE);
        assertThat(sif.sources()).extracting(DfeIndicators.Figure::year).containsOnly(2016);
    }

    @Test
    void practiceCanBeFilledInFromOfstedsGradesForAWhatIf() {
        RealCase salford = RealData.read(SharedData.dataFolder()).cases(true).stream()
                .filter(realCase -> realCase.caseId().equals("E08000006-2023-11-06")).findFirst().orElseThrow();

        assertThat(salford.evidence().leadership().practiceQuality().grade()).isEqualTo(salford.recordedGrades().get(JudgementArea.IMPACT_OF_LEADERS));
        assertThat(salford.evidence().careLeavers().practiceQuality().grade()).isEqualTo(salford.recordedGrades().get(JudgementArea.CARE_LEAVERS));
    }

    /**
     * Rows set at a published national percentile say so in their source ("DfE 2025 national 90th percentile …"); the
     * threshold must be that percentile of every authority's figure in that year's data.
     */
    @Test
    void thresholdsSetAtANationalPercentileMatchThePublishedData() {
        Pattern claim = Pattern.compile("^DfE (\\d{4}) national (\\d+)(?:st|nd|rd|th) percentile");
        List<String> checked = new ArrayList<>();
        List<RuleDescription> criteria = new ArrayList<>(RepositoryRuleSet.get().catalogue().rules(RuleDescription.Stage.CRITERION));
        criteria.addAll(RepositoryRuleSet.get().catalogue().rules(RuleDescription.Stage.SIF_CRITERION));
        for (RuleDescription rule : criteria) {
            Matcher matcher = claim.matcher(rule.source() == null ? "" : rule.source());
            if (!matcher.find() || rule.evidence().size() != 1) {
                continue;
            }
            EvidenceField field = EvidenceField.byPath(rule.evidence().get(0).field()).orElseThrow();
            double threshold = Criterion.parse(rule.evidence().get(0).criterion()).threshold().orElseThrow().doubleValue();
            double percentile = percentile(INDICATORS.allAuthorities(field, Integer.parseInt(matcher.group(1))), Integer.parseInt(matcher.group(2)) / 100.0);
            assertThat(threshold).as("%s: %s", rule.name(), rule.source()).isCloseTo(percentile, within(0.5));
            checked.add(rule.name());
        }
        assertThat(checked).as("rows set at a national percentile").hasSizeGreaterThanOrEqualTo(14)
                .contains("Re-referrals are above the national 90th percentile of the SIF years");
    }

    /** The percentile by linear interpolation between the closest ranks, as statistical packages compute it by default. */
    private static double percentile(List<Double> values, double share) {
        List<Double> sorted = values.stream().sorted().toList();
        double position = (sorted.size() - 1) * share;
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.size() - 1);
        return sorted.get(below) + (sorted.get(above) - sorted.get(below)) * (position - below);
    }

    private static Map<EvidenceField, DfeIndicators.Figure> byField(List<DfeIndicators.Figure> figures) {
        Map<EvidenceField, DfeIndicators.Figure> byField = new EnumMap<>(EvidenceField.class);
        figures.forEach(figure -> byField.put(figure.field(), figure));
        return byField;
    }
}

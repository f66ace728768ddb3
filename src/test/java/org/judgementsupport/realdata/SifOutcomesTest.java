package org.judgementsupport.realdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.judgementsupport.criteria.LimitingDecision;
import org.judgementsupport.criteria.SubJudgementsCase;
import org.judgementsupport.framework.Framework;
import org.judgementsupport.framework.Grade;
import org.judgementsupport.framework.JudgementArea;
import org.judgementsupport.ruleset.RepositoryRuleSet;
import org.junit.jupiter.api.Test;

/**
 * Ofsted's SIF outcomes as the service reads them: every inspection matched by name to its authority's code, start
 * dates estimated from publication dates close to the real ones, and the limiting judgements true to Ofsted's grades.
 */
class SifOutcomesTest {

    private static final SifOutcomes.Read READ = SifOutcomes.read(SharedData.dataFolder(), DfeIndicators.read(SharedData.dataFolder())::codeForName);

    @Test
    void everySifInspectionAndReInspectionIsReadAndItsAuthorityFoundByName() {
        List<OfstedInspection> inspections = READ.inspections();

        assertThat(READ.unmatchedNames()).as("authorities whose name matches no DfE name").isEmpty();
        assertThat(inspections).hasSize(173);
        assertThat(inspections).filteredOn(inspection -> inspection.inspectionType().equals("SIF re-inspection")).hasSize(21);
        assertThat(inspections).allSatisfy(inspection -> {
            assertThat(inspection.framework()).isEqualTo(Framework.SIF_2013);
            assertThat(inspection.localAuthorityCode()).matches("E\\d{8}");
            assertThat(inspection.grades()).containsKey(JudgementArea.OVERALL_EFFECTIVENESS);
        });
        assertThat(inspections.stream().map(OfstedInspection::localAuthorityCode).collect(Collectors.toSet())).hasSize(152);
    }

    /** Names written differently by Ofsted and the DfE, and authorities whose code changed after their SIF inspection. */
    @Test
    void authoritiesAreMatchedToTheCodeTheyHadWhenInspected() {
        Map<String, String> codes = READ.inspections().stream()
                .collect(Collectors.toMap(OfstedInspection::localAuthorityName, OfstedInspection::localAuthorityCode, (first, second) -> first));

        assertThat(codes).containsEntry("Bristol", "E06000023")              // the DfE's "Bristol, City of"
                .containsEntry("Durham", "E06000047")                        // "County Durham"
                .containsEntry("Bedford Borough", "E06000055")               // "Bedford"
                .containsEntry("Kingston Upon Hull", "E06000010")            // "Kingston upon Hull, City of"
                .containsEntry("Dorset", "E10000009")                        // the county council, before Dorset Council in 2019
                .containsEntry("Poole", "E06000029")
                .containsEntry("Northamptonshire", "E10000021")              // before the 2021 split
                .containsEntry("Buckinghamshire", "E10000002")
                .containsEntry("City of London", "E09000001");
    }

    /** Seven SIF reports give both dates on their first page; the estimate must be within a week of each. */
    @Test
    void startDatesEstimatedFromPublicationDatesAreWithinAWeekOfTheDatesTheReportsGive() {
        Map<String, LocalDate[]> reports = Map.of(
                "Calderdale", new LocalDate[] {LocalDate.of(2015, 3, 20), LocalDate.of(2015, 1, 13)},
                "Cumbria", new LocalDate[] {LocalDate.of(2015, 5, 13), LocalDate.of(2015, 3, 3)},
                "Devon", new LocalDate[] {LocalDate.of(2015, 5, 12), LocalDate.of(2015, 2, 24)},
                "Leeds", new LocalDate[] {LocalDate.of(2015, 3, 27), LocalDate.of(2015, 1, 20)},
                "Leicester", new LocalDate[] {LocalDate.of(2015, 3, 20), LocalDate.of(2015, 1, 14)},
                "Windsor and Maidenhead", new LocalDate[] {LocalDate.of(2015, 5, 13), LocalDate.of(2015, 3, 3)},
                "Manchester", new LocalDate[] {LocalDate.of(2017, 12, 21), LocalDate.of(2017, 10, 9)});

        reports.forEach((name, dates) -> {
            OfstedInspection inspection = READ.inspections().stream()
                    .filter(candidate -> candidate.localAuthorityName().equals(name) && candidate.publicationDate().equals(dates[0]))
                    .findFirst().orElseThrow();
            assertThat(Math.abs(ChronoUnit.DAYS.between(dates[1], inspection.inspectionDate()))).as(name).isLessThanOrEqualTo(7);
        });
    }

    /** Every SIF inspection started within the framework's dates, except re-inspections that began once ILACS had. */
    @Test
    void estimatedStartsFallWithinTheSifYearsOrAreReInspectionsIn2018() {
        assertThat(READ.inspections()).allSatisfy(inspection -> assertThat(Framework.SIF_2013.covers(inspection.inspectionDate())
                || (inspection.inspectionType().equals("SIF re-inspection") && inspection.inspectionDate().getYear() == 2018))
                .as("%s published %s", inspection.localAuthorityName(), inspection.publicationDate()).isTrue());
    }

    /** The limiting-judgements table must never cap children looked after below the grade Ofsted gave it. */
    @Test
    void theLimitingJudgementsNeverCapOfstedsOwnGradeForChildrenLookedAfter() {
        Set<JudgementArea> needed = Set.of(JudgementArea.CHILDREN_LOOKED_AFTER_AND_ACHIEVING_PERMANENCE, JudgementArea.ADOPTION_PERFORMANCE,
                JudgementArea.CARE_LEAVERS);
        List<OfstedInspection> graded = READ.inspections().stream().filter(inspection -> inspection.grades().keySet().containsAll(needed)).toList();

        assertThat(graded).hasSizeGreaterThan(165).allSatisfy(inspection -> {
            Map<JudgementArea, Grade> grades = inspection.grades();
            LimitingDecision limit = RepositoryRuleSet.get().limitingJudgement(new SubJudgementsCase(grades.get(JudgementArea.ADOPTION_PERFORMANCE),
                    grades.get(JudgementArea.CARE_LEAVERS))).orElseThrow();
            assertThat(grades.get(JudgementArea.CHILDREN_LOOKED_AFTER_AND_ACHIEVING_PERMANENCE).isBetterThan(limit.atBest()))
                    .as("%s published %s: %s", inspection.localAuthorityName(), inspection.publicationDate(), limit.rule()).isFalse();
        });
    }
}

package org.judgementsupport.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.judgementsupport.ruleset.RuleFolderFixture.criteriaWorkbook;

import java.nio.file.Path;
import java.util.List;
import org.judgementsupport.evidence.EvidenceField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks beyond compiling: rows that can never fire, better evidence giving a worse grade, the same finding twice,
 * gaps between rows, and the overall and next-steps tables on every case.
 */
class RuleSetAnalysisTest {

    private static final String SOURCE = "DfE 2025 national 90th percentile";
    private static final String OVERALL = "decision-tables/overall-effectiveness.drl.xlsx";

    @TempDir
    Path directory;

    private RuleFolderFixture fixture;
    private final RuleSetLoader loader = new RuleSetLoader();

    @BeforeEach
    void copyRepositoryRules() {
        fixture = RuleFolderFixture.copyOfRepository(directory);
    }

    @Test
    void aRowNoValueCanMeetIsAnErrorAtItsCriterionCell() {
        extraCriteria(row("Vacancies above all possible", "IMPACT_OF_LEADERS", "workforce.vacancyRatePct", "more than 100", "CONCERN"));

        assertThat(errors()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(RuleSetProblem.Kind.NEVER_FIRES);
            assertThat(problem.location()).isEqualTo(RuleLocation.ofCell("decision-tables/extra.drl.xlsx", "Extra", "D9"));
            assertThat(problem.message()).contains("can never fire", "from 0% to 100%");
        });
    }

    @Test
    void aLimitThatFiresAsEvidenceImprovesIsAnError() {
        extraCriteria(row("Return interviews offered to most children", "HELP_AND_PROTECTION", "missingChildren.returnInterviewsOfferedPct",
                "at least 85", "LIMITS_TO_REQUIRES_IMPROVEMENT"));

        assertThat(errors()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(RuleSetProblem.Kind.NOT_MONOTONE);
            assertThat(problem.location()).isEqualTo(RuleLocation.ofCell("decision-tables/extra.drl.xlsx", "Extra", "D9"));
            assertThat(problem.message()).contains("better evidence gives a worse grade for HELP_AND_PROTECTION",
                    "Return interviews offered to most children");
        });
    }

    @Test
    void aBandMissingBetweenTwoTriggersIsAnError() {
        extraCriteria(row("Caseloads are very low", "IMPACT_OF_LEADERS", "workforce.caseloadPerSocialWorker", "below 5", "INADEQUACY_TRIGGER"));

        assertThat(errors()).singleElement().satisfies(problem -> assertThat(problem.kind()).isEqualTo(RuleSetProblem.Kind.NOT_MONOTONE));
    }

    @Test
    void twoRowsGivingTheSameFindingTwiceAreAWarningNotAnError() {
        extraCriteria(row("Caseloads are extreme", "IMPACT_OF_LEADERS", "workforce.caseloadPerSocialWorker", "at least 40", "INADEQUACY_TRIGGER"));

        RuleSet ruleSet = loader.load(fixture.folder().read());

        assertThat(ruleSet.warnings()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(RuleSetProblem.Kind.OVERLAP);
            assertThat(problem.severity()).isEqualTo(RuleSetProblem.Severity.WARNING);
            assertThat(problem.message()).contains("Caseloads are extreme", "Caseloads are unmanageable", "twice");
        });
    }

    @Test
    void aConcernThatStopsAndStartsAgainIsAGapWarning() {
        extraCriteria(row("Caseloads are suspiciously low", "IMPACT_OF_LEADERS", "workforce.caseloadPerSocialWorker", "at most 5", "CONCERN"));

        RuleSet ruleSet = loader.load(fixture.folder().read());

        assertThat(ruleSet.warnings()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(RuleSetProblem.Kind.GAP);
            assertThat(problem.message()).contains("gap between concern rows", "Caseloads are suspiciously low");
        });
    }

    @Test
    void anOverallTableWithoutARowForSomeGradesIsAnError() {
        fixture.write(OVERALL, WorkbookEdit.deleteRow(fixture.read(OVERALL), "Otherwise overall effectiveness requires improvement"));

        assertThat(errors()).extracting(RuleSetProblem::kind).containsOnly(RuleSetProblem.Kind.TABLE_INCOMPLETE);
        assertThat(errors()).allSatisfy(problem -> {
            assertThat(problem.location().file()).isEqualTo(OVERALL);
            assertThat(problem.message()).contains("no row matches", "Otherwise");
        });
    }

    @Test
    void anOverallTableWhereABetterAreaGivesAWorseOverallGradeIsAnError() {
        fixture.write(OVERALL, WorkbookEdit.insertRowAbove(fixture.read(OVERALL), "A practice area judged inadequate makes overall effectiveness inadequate",
                WorkbookEdit.cells("Name", "Outstanding leaders are suspicious", "Leaders are", "OUTSTANDING", "Overall effectiveness", "INADEQUATE",
                        "Source", SOURCE)));

        assertThat(errors()).isNotEmpty().allSatisfy(problem -> assertThat(problem.kind()).isEqualTo(RuleSetProblem.Kind.NOT_MONOTONE))
                .anySatisfy(problem -> assertThat(problem.message()).contains("IMPACT_OF_LEADERS one grade better", "Outstanding leaders are suspicious"));
    }

    @Test
    void probesCoverEveryBandOfACountFromWorstToBest() {
        assertThat(ThresholdAnalysis.probes(EvidenceField.CASES_LEFT_AT_RISK, "exactly 1", "at least 2"))
                .containsExactly(4, 3, 2, 1, 0);
        assertThat(ThresholdAnalysis.probes(EvidenceField.RETURN_INTERVIEWS_OFFERED, "below 50", "below 80"))
                .containsExactly(0.0, 25.0, 50.0, 65.0, 80.0, 90.0, 100.0);
    }

    private void extraCriteria(Object[]... rows) {
        fixture.write("decision-tables/extra.drl.xlsx", criteriaWorkbook("fixture.extra", rows));
    }

    private List<RuleSetProblem> errors() {
        try {
            loader.load(fixture.folder().read());
            return List.of();
        } catch (RuleSetInvalidException invalid) {
            return invalid.problems().stream().filter(RuleSetProblem::isError).toList();
        }
    }

    private static Object[] row(String name, String area, String field, String firesWhen, String effect) {
        return new Object[] {name, area, field, firesWhen, effect, "", SOURCE};
    }
}

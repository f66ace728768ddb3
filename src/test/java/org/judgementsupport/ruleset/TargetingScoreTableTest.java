package org.judgementsupport.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.judgementsupport.criteria.Finding;
import org.judgementsupport.criteria.ScorePoints;
import org.judgementsupport.criteria.TargetingCase;
import org.judgementsupport.criteria.Trend;
import org.judgementsupport.evidence.EvidenceField;
import org.judgementsupport.evidence.Indicator;
import org.judgementsupport.framework.Grade;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The targeting score table is read like every other table: its rows become rules the service writes, a row must say
 * what it gives points for, and each point names the row that gave it and what it counted.
 */
class TargetingScoreTableTest {

    private static final String WORKBOOK = "decision-tables/targeting-score.drl.xlsx";
    private static final String CONCERN_ROW = "Each concern the criteria raise on the published figures";
    private static final String TREND_ROW = "Each published figure at least 10% worse than the year before";
    private static final String GOOD_ROW = "The last inspection found the authority good";

    @TempDir
    Path directory;

    private RuleFolderFixture fixture;

    @BeforeEach
    void copyRepositoryRules() {
        fixture = RuleFolderFixture.copyOfRepository(directory.resolve("folder"));
    }

    @Test
    void eachPointNamesItsRowAndWhatItCounted() {
        RuleSet ruleSet = RepositoryRuleSet.get();
        List<Finding> findings = ruleSet.findings(List.of(new Indicator("workforce.vacancyRatePct", 30.0),
                new Indicator("workforce.turnoverRatePct", 25.0)));
        Trend worse = Trend.of(EvidenceField.CASELOAD_PER_SOCIAL_WORKER, 16, 19, 2022, 2023);

        List<ScorePoints> points = ruleSet.targetingPoints(new TargetingCase("E10000012", Grade.GOOD, 14), findings, List.of(worse));

        assertThat(points).extracting(ScorePoints::rule).containsExactly(CONCERN_ROW, CONCERN_ROW, GOOD_ROW, TREND_ROW);
        assertThat(points.subList(0, 2)).extracting(award -> award.finding().rule())
                .containsExactlyInAnyOrder("The social worker vacancy rate is above the national 90th percentile",
                        "Social worker turnover is above the national 90th percentile");
        assertThat(points.get(3).trend()).isEqualTo(worse);
        assertThat(points.stream().mapToInt(ScorePoints::points).sum()).isEqualTo(2 + 2 + 2 + 1);
    }

    @Test
    void aTrendIsWorseByItsShareOfTheYearBeforeWhicheverWayTheFigureGetsBetter() {
        assertThat(Trend.of(EvidenceField.CASELOAD_PER_SOCIAL_WORKER, 20, 25, 2022, 2023).worseningPct()).isEqualTo(25.0);
        assertThat(Trend.of(EvidenceField.CARE_LEAVERS_IN_EET, 50, 45, 2022, 2023).worseningPct()).isEqualTo(10.0);
        assertThat(Trend.of(EvidenceField.CARE_LEAVERS_IN_EET, 45, 50, 2022, 2023).worseningPct()).isEqualTo(-11.1);
        assertThat(Trend.of(EvidenceField.MISSING_FROM_CARE, 0, 3, 2022, 2023).worseningPct()).isEqualTo(100.0);
    }

    @Test
    void aRowThatCountsFindingsAndTrendsTogetherIsRefusedAtItsCell() {
        fixture.write(WORKBOOK, WorkbookEdit.setCell(fixture.read(WORKBOOK), CONCERN_ROW,
                "For each figure worse than the year before by at least (%)", "10"));

        assertThat(problems()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(RuleSetProblem.Kind.CELL_VALUE);
            assertThat(problem.location()).isEqualTo(RuleLocation.ofCell(WORKBOOK, "Targeting score", "E10"));
            assertThat(problem.message()).contains(CONCERN_ROW, "give each its own row");
        });
    }

    @Test
    void aRowThatSaysWhatItGivesPointsForInNoColumnIsRefused() {
        fixture.write(WORKBOOK, WorkbookEdit.setCell(fixture.read(WORKBOOK), GOOD_ROW, "Previous overall grade", ""));

        assertThat(problems()).singleElement().satisfies(problem -> {
            assertThat(problem.location()).isEqualTo(RuleLocation.ofCell(WORKBOOK, "Targeting score", "F15"));
            assertThat(problem.message()).contains("says what it gives points for in none of its columns");
        });
    }

    @Test
    void pointsOutOfRangeAreRefusedAtTheirCell() {
        fixture.write(WORKBOOK, WorkbookEdit.setCell(fixture.read(WORKBOOK), GOOD_ROW, "Points", "2; System.exit(1)"));

        assertThat(problems()).singleElement().satisfies(problem -> {
            assertThat(problem.location()).isEqualTo(RuleLocation.ofCell(WORKBOOK, "Targeting score", "F15"));
            assertThat(problem.message()).contains("not a whole number");
        });
    }

    private List<RuleSetProblem> problems() {
        try {
            new RuleSetLoader().load(fixture.folder().read());
            return List.of();
        } catch (RuleSetInvalidException invalid) {
            return invalid.problems();
        }
    }
}

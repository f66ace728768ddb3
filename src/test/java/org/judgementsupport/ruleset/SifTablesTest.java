package org.judgementsupport.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The single inspection framework's tables are checked as the ILACS ones are, on every case they can meet: an edit
 * that leaves a gap, lets a better judgement give a worse grade or names an area the SIF does not have is refused, at
 * the table and row policy staff would open.
 */
class SifTablesTest {

    private static final String CRITERIA = "decision-tables/sif/criteria.drl.xlsx";
    private static final String LIMITING = "decision-tables/sif/limiting-judgements.drl.xlsx";
    private static final String OVERALL = "decision-tables/sif/overall-effectiveness.drl.xlsx";
    private static final String NEXT_STEPS = "decision-tables/sif/next-steps.drl.xlsx";

    @TempDir
    Path directory;

    private RuleFolderFixture fixture;

    @BeforeEach
    void copyRepositoryRules() {
        fixture = RuleFolderFixture.copyOfRepository(directory);
    }

    @Test
    void aLimitingJudgementWhereABetterSubJudgementGivesAWorseLimitIsAnError() {
        edit(LIMITING, "Adoption performance requiring improvement limits children looked after to good", "Children looked after at best", "INADEQUATE");

        assertThat(errors()).isNotEmpty().allSatisfy(problem -> assertThat(problem.kind()).isEqualTo(RuleSetProblem.Kind.NOT_MONOTONE))
                .anySatisfy(problem -> {
                    assertThat(problem.message()).contains("SIF_2013", "ADOPTION_PERFORMANCE one grade better",
                            "Adoption performance requiring improvement limits children looked after to good");
                    assertThat(problem.location().file()).isEqualTo(LIMITING);
                });
    }

    @Test
    void aSifOverallTableWithoutARowForSomeKeyJudgementsIsAnError() {
        edit(OVERALL, "Otherwise overall effectiveness under the SIF requires improvement", "Help and protection is", "OUTSTANDING");

        assertThat(errors()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(RuleSetProblem.Kind.TABLE_INCOMPLETE);
            assertThat(problem.location().file()).isEqualTo(OVERALL);
            assertThat(problem.message()).contains("SIF_2013: no row matches", "of the 64 combinations", "HELP_AND_PROTECTION");
        });
    }

    @Test
    void anAreaTheSifDoesNotJudgeIsRefusedAtItsCell() {
        edit(CRITERIA, "Young people leaving care are placed in bed and breakfast", "Area", "IMPACT_OF_LEADERS");

        assertThat(errors()).singleElement().satisfies(problem -> {
            assertThat(problem.location().file()).isEqualTo(CRITERIA);
            assertThat(problem.location()).isInstanceOfSatisfying(RuleLocation.WorkbookCell.class, cell -> {
                assertThat(cell.sheet()).isEqualTo("Limits");
                assertThat(cell.cell()).startsWith("B");
            });
            assertThat(problem.message()).contains("IMPACT_OF_LEADERS", "single inspection framework", "LEADERSHIP_MANAGEMENT_AND_GOVERNANCE");
        });
    }

    @Test
    void aSifNextStepsTableThatLeavesAnOverallGradeWithoutNextStepsIsAnError() {
        edit(NEXT_STEPS, "Inadequate under the SIF: monthly monitoring visits and quarterly progress reviews, then a re-inspection", "Overall grade",
                "REQUIRES_IMPROVEMENT");

        assertThat(errors()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(RuleSetProblem.Kind.TABLE_INCOMPLETE);
            assertThat(problem.message()).isEqualTo("no SIF next-steps row covers an overall grade of Inadequate");
        });
    }

    @Test
    void aRuleSetWithoutTheSifLimitingJudgementsIsReported() {
        fixture.delete(LIMITING);

        assertThat(errors()).anySatisfy(problem -> {
            assertThat(problem.kind()).isEqualTo(RuleSetProblem.Kind.MISSING_TABLE);
            assertThat(problem.message()).contains("sif-limiting-judgements");
        });
    }

    private void edit(String workbook, String row, String column, String value) {
        fixture.write(workbook, WorkbookEdit.setCell(fixture.read(workbook), row, column, value));
    }

    private List<RuleSetProblem> errors() {
        try {
            new RuleSetLoader().load(fixture.folder().read());
            return List.of();
        } catch (RuleSetInvalidException invalid) {
            return invalid.problems().stream().filter(RuleSetProblem::isError).toList();
        }
    }
}

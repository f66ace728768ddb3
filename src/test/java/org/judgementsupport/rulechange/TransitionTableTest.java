package org.judgementsupport.rulechange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.judgementsupport.framework.JudgementArea;
import org.judgementsupport.impact.ImpactReport;
import org.judgementsupport.impact.ProvisionalOutcome;
import org.junit.jupiter.api.Test;

/** The impact page's transition tables: every count in its row and column, shaded so that any case shows. */
class TransitionTableTest {

    private static final List<ProvisionalOutcome> OUTCOMES = List.of(ProvisionalOutcome.values());

    @Test
    void eachCountSitsUnderItsOutcomesWithEmptyCellsUnshadedTheLargestDarkestAndASingleCaseStillVisible() {
        int[][] counts = new int[5][5];
        counts[0][0] = 69;
        counts[1][1] = 88;
        counts[1][2] = 10;
        counts[0][2] = 1;
        TransitionTable table = TransitionTable.of(new ImpactReport.AreaTransitions(JudgementArea.IMPACT_OF_LEADERS, 168, OUTCOMES, counts, 11,
                271, 270, 258));

        assertThat(table.title()).isEqualTo(JudgementArea.IMPACT_OF_LEADERS.ofstedTitle());
        assertThat(List.of(table.recorded(), table.agreeingBefore(), table.agreeingAfter())).containsExactly(271, 270, 258);
        assertThat(table.outcomes()).containsExactly("Outstanding", "Good", "Requires improvement to be good", "Inadequate", "Not determined");
        assertThat(table.rows()).extracting(TransitionTable.Row::outcome).isEqualTo(table.outcomes());
        TransitionTable.Row good = table.rows().get(1);
        assertThat(good.cells()).extracting(TransitionTable.Cell::count).containsExactly(0, 88, 10, 0, 0);
        assertThat(good.cells()).extracting(TransitionTable.Cell::shade)
                .containsExactly("app-shade-0", "app-shade-4", "app-shade-1", "app-shade-0", "app-shade-0");
        assertThat(good.cells()).extracting(TransitionTable.Cell::unchanged).containsExactly(false, true, false, false, false);
        assertThat(table.rows().get(0).cells().get(2).shade()).isEqualTo("app-shade-1");
        assertThat(table.rows().get(0).cells().get(0).shade()).isEqualTo("app-shade-4");
    }

    @Test
    void aTableWithNoCasesIsAllUnshaded() {
        TransitionTable table = TransitionTable.of(new ImpactReport.AreaTransitions(JudgementArea.CARE_LEAVERS, 0, OUTCOMES, new int[5][5], 0,
                0, 0, 0));
        assertThat(table.rows()).allSatisfy(row -> assertThat(row.cells()).allSatisfy(cell -> assertThat(cell.shade()).isEqualTo("app-shade-0")));
    }
}

package org.judgementsupport.rulechange;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.judgementsupport.framework.Grade;
import org.judgementsupport.framework.JudgementArea;
import org.judgementsupport.impact.ImpactReport;
import org.judgementsupport.impact.ProvisionalOutcome;

/**
 * One area's transition matrix as the impact page shows it: a real table (rows the version in service, columns the
 * candidate) whose cells are shaded by how many cases they hold, so a policy officer sees at a glance where cases
 * move, and a screen reader reads every number with its row and column.
 *
 * @param area     the area
 * @param title    the area's name as Ofsted words it
 * @param cases    cases judged
 * @param changed  cases off the diagonal
 * @param outcomes the rows' and columns' outcomes, in words
 * @param rows     one row per outcome under the version in service
 * @param recorded cases with Ofsted's grade for the area (the published inspections), 0 for stored judgements
 * @param agreeingBefore of those, how many the version in service grades as Ofsted did
 * @param agreeingAfter  and how many the candidate does
 */
record TransitionTable(JudgementArea area, String title, int cases, int changed, List<String> outcomes, List<Row> rows, int recorded,
                       int agreeingBefore, int agreeingAfter) {

    /** A row: the outcome under the version in service, and a cell per outcome under the candidate. */
    record Row(String outcome, List<Cell> cells) {
    }

    /**
     * @param count      cases
     * @param shade      the shading class, {@code app-shade-0} (none) to {@code app-shade-4} (the most in this table)
     * @param unchanged  whether it is on the diagonal: the same outcome under both versions
     */
    record Cell(int count, String shade, boolean unchanged) {
    }

    static TransitionTable of(ImpactReport.AreaTransitions transitions) {
        int most = Arrays.stream(transitions.transitions()).flatMapToInt(Arrays::stream).max().orElse(0);
        List<String> outcomes = transitions.outcomes().stream().map(TransitionTable::wording).toList();
        List<Row> rows = new ArrayList<>();
        for (int from = 0; from < transitions.outcomes().size(); from++) {
            List<Cell> cells = new ArrayList<>();
            for (int to = 0; to < transitions.outcomes().size(); to++) {
                int count = transitions.transitions()[from][to];
                cells.add(new Cell(count, "app-shade-" + shade(count, most), from == to));
            }
            rows.add(new Row(outcomes.get(from), cells));
        }
        return new TransitionTable(transitions.area(), transitions.area().ofstedTitle(), transitions.cases(), transitions.changed(), outcomes, rows,
                transitions.recorded(), transitions.agreeingBefore(), transitions.agreeingAfter());
    }

    /** 0 for no cases; otherwise 1 to 4 in proportion to the largest count, so a single case still shows. */
    static int shade(int count, int most) {
        if (count <= 0 || most <= 0) {
            return 0;
        }
        return Math.max(1, (int) Math.ceil(4.0 * count / most));
    }

    static String wording(ProvisionalOutcome outcome) {
        return outcome == ProvisionalOutcome.NOT_DETERMINED ? "Not determined" : Grade.valueOf(outcome.name()).ofstedWording();
    }
}

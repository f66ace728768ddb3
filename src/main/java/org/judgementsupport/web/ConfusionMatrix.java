package org.judgementsupport.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.judgementsupport.framework.Grade;
import org.judgementsupport.moderation.ConsistencyReport;

/**
 * An area's confusion matrix as a shaded table: recorded grades (rows) by provisional grades (columns), with the cases
 * not determined as a last column. Each cell keeps its number and is shaded from 0 (none) to 4 (the area's largest
 * count), so a panel sees at a glance where the cases fall and a screen reader still reads a table of numbers.
 */
public record ConfusionMatrix(List<Row> rows, int largest) {

    /** The shades {@code static/css/application.css} defines, {@code app-shade-0} to {@code app-shade-4}. */
    static final int SHADES = 4;

    /** One recorded grade: how many cases each provisional grade got, and how many were not determined. */
    public record Row(Grade recorded, List<Cell> provisional, Cell notDetermined) {
    }

    /**
     * A count with its classes: GOV.UK's numeric cell, its shade, and where recorded and provisional agree the
     * diagonal's outline. Written here rather than in the template, as {@link NavigationItem#activeClass()} explains.
     */
    public record Cell(int count, String classes) {
    }

    static ConfusionMatrix of(ConsistencyReport.AreaAgreement area) {
        int[][] confusion = area.agreement().confusion();
        int largest = Arrays.stream(confusion).flatMapToInt(Arrays::stream).max().orElse(0);
        for (Grade recorded : Grade.values()) {
            largest = Math.max(largest, area.notDeterminedByRecordedGrade().getOrDefault(recorded, 0));
        }
        List<Row> rows = new ArrayList<>();
        for (Grade recorded : Grade.values()) {
            List<Cell> cells = new ArrayList<>();
            for (Grade provisional : Grade.values()) {
                cells.add(cell(confusion[recorded.ordinal()][provisional.ordinal()], largest, recorded == provisional));
            }
            rows.add(new Row(recorded, cells, cell(area.notDeterminedByRecordedGrade().getOrDefault(recorded, 0), largest, false)));
        }
        return new ConfusionMatrix(rows, largest);
    }

    /** 0 for no cases; otherwise 1 to 4 in proportion to the largest count, so any case at all is visibly shaded. */
    static int shade(int count, int largest) {
        if (count <= 0 || largest <= 0) {
            return 0;
        }
        return Math.max(1, (int) Math.ceil((double) SHADES * count / largest));
    }

    private static Cell cell(int count, int largest, boolean agree) {
        return new Cell(count, "govuk-table__cell govuk-table__cell--numeric app-shade-" + shade(count, largest) + (agree ? " app-matrix-agree" : ""));
    }
}

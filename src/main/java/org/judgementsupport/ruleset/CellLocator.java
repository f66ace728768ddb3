package org.judgementsupport.ruleset;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Narrows a problem found on a table row down to the cell policy staff should look at: the cell of a given column
 * (the Source cell for a missing source), or the cell whose text the compiler's message quotes.
 */
final class CellLocator {

    /** Columns by the role their code gives them. */
    static final Predicate<DecisionTableLayout.Column> NAME = column -> "NAME".equals(column.keyword());
    static final Predicate<DecisionTableLayout.Column> SOURCE = column -> column.codeContains("source(");
    static final Predicate<DecisionTableLayout.Column> AREA = column -> column.codeContains("area(");
    static final Predicate<DecisionTableLayout.Column> EFFECT = column -> column.codeContains("Effect.$param");
    static final Predicate<DecisionTableLayout.Column> EVIDENCE = column -> column.codeContains("path ==");
    static final Predicate<DecisionTableLayout.Column> CRITERION = column -> column.codeContains("Criterion.parse");

    private final List<DecisionTableLayout.Table> tables;

    CellLocator(List<DecisionTableLayout.Table> tables) {
        this.tables = List.copyOf(tables);
    }

    /** The cell of the first column playing that role in the row's table; the row's location when there is none. */
    RuleLocation cell(RuleLocation row, Predicate<DecisionTableLayout.Column> role) {
        return rowOf(row).flatMap(found -> found.table().columns().stream().filter(role).findFirst()
                        .map(column -> found.table().location(found.row(), column)))
                .orElse(row);
    }

    /**
     * The cell whose text the message quotes (the longest such text, so "INADEQUACY_TRIGER" beats "1"); the row's
     * location when no cell's text appears in the message.
     */
    RuleLocation quotedCell(RuleLocation row, String message) {
        return rowOf(row).flatMap(found -> found.row().cells().entrySet().stream()
                        .filter(cell -> cell.getValue().length() > 1 && message.contains(cell.getValue()))
                        .max(Comparator.comparingInt((Map.Entry<Integer, String> cell) -> cell.getValue().length()))
                        .flatMap(cell -> found.table().columns().stream().filter(column -> column.index() == cell.getKey()).findFirst())
                        .map(column -> found.table().location(found.row(), column)))
                .orElse(row);
    }

    /** The table and row a rule's row location points into. */
    Optional<Found> rowOf(RuleLocation location) {
        if (!(location instanceof RuleLocation.WorkbookCell cell) || cell.row() == null) {
            return Optional.empty();
        }
        for (DecisionTableLayout.Table table : tables) {
            if (table.file().equals(cell.file()) && table.sheet().equals(cell.sheet())) {
                Optional<DecisionTableLayout.TableRow> row = table.row(cell.row());
                if (row.isPresent()) {
                    return Optional.of(new Found(table, row.get()));
                }
            }
        }
        return Optional.empty();
    }

    record Found(DecisionTableLayout.Table table, DecisionTableLayout.TableRow row) {
    }
}

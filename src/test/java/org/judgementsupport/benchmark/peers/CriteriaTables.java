package org.judgementsupport.benchmark.peers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.judgementsupport.criteria.Criterion;
import org.judgementsupport.criteria.Effect;
import org.judgementsupport.framework.Grade;
import org.judgementsupport.framework.JudgementArea;
import org.judgementsupport.ruleset.DecisionTableLayout;
import org.judgementsupport.ruleset.RuleSetSnapshot;
import org.judgementsupport.ruleset.SourceFile;

/**
 * The default criteria as policy staff wrote them, read for the peer engines: every criteria-table row, the
 * overall-effectiveness table, and the one DRL rule. The peers are built from this at set-up, so they cannot drift
 * from the workbooks.
 *
 * <p>Tables are recognised by their visible column labels (Name, Area, Evidence, Fires when, Effect for criteria; the
 * overall table's condition labels and its "Overall effectiveness" column), never by the DRL they translate to. Rows
 * come in the order the service's rule catalogue lists them (file, sheet, row), which is the order findings of equal
 * severity are reported in. The DRL rule's conditions are written by hand in each peer; its name and area are read
 * from the file, and any other DRL rule stops the build, since no peer would know what it does.
 *
 * @param criteria              every criteria-table row, in catalogue order
 * @param leadershipInstability the rule in {@code rules/leadership-instability.drl}
 * @param overall               the overall-effectiveness table's rows, first match wins
 */
public record CriteriaTables(List<CriterionRow> criteria, CombinedRule leadershipInstability, List<OverallRow> overall) {

    /** The DRL rule every peer expresses by hand: a director-changes limit with a vacancy or turnover concern. */
    static final String LEADERSHIP_INSTABILITY_FILE = "rules/leadership-instability.drl";

    /**
     * One row of a criteria table: a criterion on one piece of evidence, and what its finding does.
     *
     * @param table the table it is a row of, e.g. {@code Limits (decision-tables/criteria/limits-to-requires-improvement.drl.xlsx)}
     * @param cell  where its name is written, e.g. {@code Limits!A9}
     */
    public record CriterionRow(String rule, JudgementArea area, String field, Criterion criterion, Effect effect, String table, String cell) {
    }

    /** A rule that combines other findings, named and placed as its DRL file says. */
    public record CombinedRule(String rule, JudgementArea area) {
    }

    /** One row of the overall-effectiveness table: its conditions (blank cells are absent) and the grade it gives. */
    public record OverallRow(String rule, Map<OverallColumn, OverallTest> tests, Grade grade) {
    }

    /** A condition cell of the overall table: a grade for the grade columns, a count for the count columns. */
    public record OverallTest(OverallColumn column, Grade grade, int count) {
    }

    /** The overall table's condition columns, by the label policy staff see. */
    public enum OverallColumn {
        WORST_PRACTICE_AREA_IS("Worst practice area is"),
        LEADERS_ARE("Leaders are"),
        LEADERS_AT_LEAST("Leaders at least"),
        EVERY_PRACTICE_AREA_AT_LEAST("Every practice area at least"),
        PRACTICE_AREAS_REQUIRING_IMPROVEMENT_AT_MOST("Practice areas requiring improvement, at most"),
        OUTSTANDING_PRACTICE_AREAS_AT_LEAST("Outstanding practice areas, at least");

        private final String label;

        OverallColumn(String label) {
            this.label = label;
        }

        /** The column's heading in the workbook. */
        public String label() {
            return label;
        }

        public boolean isCount() {
            return this == PRACTICE_AREAS_REQUIRING_IMPROVEMENT_AT_MOST || this == OUTSTANDING_PRACTICE_AREAS_AT_LEAST;
        }

        static Optional<OverallColumn> labelled(String label) {
            return Arrays.stream(values()).filter(column -> column.label.equalsIgnoreCase(label.trim())).findFirst();
        }
    }

    private static final String NAME = "Name";
    private static final String AREA = "Area";
    private static final String EVIDENCE = "Evidence";
    private static final String FIRES_WHEN = "Fires when";
    private static final String EFFECT = "Effect";
    private static final String OVERALL_GRADE = "Overall effectiveness";

    public CriteriaTables {
        criteria = List.copyOf(criteria);
        overall = List.copyOf(overall);
    }

    /** Reads the criteria from a rule set's files, as the service would find them in its folder. */
    public static CriteriaTables read(RuleSetSnapshot files) {
        List<DecisionTableLayout.Table> tables = new ArrayList<>();
        for (SourceFile workbook : files.decisionTables()) {
            tables.addAll(DecisionTableLayout.read(workbook));
        }
        tables.sort(Comparator.comparing(DecisionTableLayout.Table::file).thenComparing(DecisionTableLayout.Table::sheet));
        List<CriterionRow> criteria = new ArrayList<>();
        List<OverallRow> overall = new ArrayList<>();
        for (DecisionTableLayout.Table table : tables) {
            if (labelled(table, FIRES_WHEN).isPresent()) {
                criteria.addAll(criteriaRows(table));
            } else if (labelled(table, OVERALL_GRADE).isPresent()) {
                if (!overall.isEmpty()) {
                    throw new IllegalStateException(table.file() + ": a second overall-effectiveness table");
                }
                overall.addAll(overallRows(table));
            }
        }
        if (criteria.isEmpty() || overall.isEmpty()) {
            throw new IllegalStateException("the rule set has no criteria tables or no overall-effectiveness table");
        }
        return new CriteriaTables(criteria, combinedRule(files.drlFiles()), overall);
    }

    private static List<CriterionRow> criteriaRows(DecisionTableLayout.Table table) {
        DecisionTableLayout.Column name = required(table, NAME);
        DecisionTableLayout.Column area = required(table, AREA);
        DecisionTableLayout.Column evidence = required(table, EVIDENCE);
        DecisionTableLayout.Column firesWhen = required(table, FIRES_WHEN);
        DecisionTableLayout.Column effect = required(table, EFFECT);
        List<CriterionRow> rows = new ArrayList<>();
        String tableName = table.name() + " (" + table.file() + ")";
        for (DecisionTableLayout.TableRow row : table.rows()) {
            String where = table.file() + " " + table.sheet() + "!" + row.cell(name);
            rows.add(new CriterionRow(cell(row, name, where), JudgementArea.valueOf(cell(row, area, where)), cell(row, evidence, where),
                    Criterion.parse(cell(row, firesWhen, where)), Effect.valueOf(cell(row, effect, where)), tableName,
                    table.sheet() + "!" + row.cell(name)));
        }
        return rows;
    }

    private static List<OverallRow> overallRows(DecisionTableLayout.Table table) {
        DecisionTableLayout.Column name = required(table, NAME);
        DecisionTableLayout.Column grade = required(table, OVERALL_GRADE);
        Map<OverallColumn, DecisionTableLayout.Column> conditions = new EnumMap<>(OverallColumn.class);
        for (DecisionTableLayout.Column column : table.columns()) {
            if ("CONDITION".equals(column.keyword())) {
                OverallColumn known = OverallColumn.labelled(column.label()).orElseThrow(() -> new IllegalStateException(table.file()
                        + " column " + column.letter() + ": the peers do not know the condition '" + column.label() + "'"));
                conditions.put(known, column);
            }
        }
        List<OverallRow> rows = new ArrayList<>();
        for (DecisionTableLayout.TableRow row : table.rows()) {
            Map<OverallColumn, OverallTest> tests = new EnumMap<>(OverallColumn.class);
            conditions.forEach((condition, column) -> row.value(column).ifPresent(value -> tests.put(condition, condition.isCount()
                    ? new OverallTest(condition, null, Integer.parseInt(value.trim()))
                    : new OverallTest(condition, Grade.valueOf(value.trim()), 0))));
            String where = table.file() + " " + row.cell(name);
            rows.add(new OverallRow(cell(row, name, where), tests, Grade.valueOf(cell(row, grade, where))));
        }
        return rows;
    }

    private static CombinedRule combinedRule(List<SourceFile> drlFiles) {
        CombinedRule instability = null;
        for (SourceFile file : drlFiles) {
            PackageDescr parsed;
            try {
                parsed = new DrlParser().parse(false, file.text());
            } catch (DroolsParserException unreadable) {
                throw new IllegalStateException(file.path() + " cannot be parsed", unreadable);
            }
            for (RuleDescr rule : parsed.getRules()) {
                if (!file.path().equals(LEADERSHIP_INSTABILITY_FILE) || instability != null) {
                    throw new IllegalStateException(file.path() + " rule '" + rule.getName() + "': the peer engines express only "
                            + LEADERSHIP_INSTABILITY_FILE + "; write this rule in each of them too");
                }
                AnnotationDescr area = rule.getAnnotation("area");
                instability = new CombinedRule(rule.getName(), JudgementArea.valueOf(area.getSingleValueAsString().trim()));
            }
        }
        if (instability == null) {
            throw new IllegalStateException(LEADERSHIP_INSTABILITY_FILE + " is missing");
        }
        return instability;
    }

    private static Optional<DecisionTableLayout.Column> labelled(DecisionTableLayout.Table table, String label) {
        return table.columns().stream().filter(column -> label.equalsIgnoreCase(column.label())).findFirst();
    }

    private static DecisionTableLayout.Column required(DecisionTableLayout.Table table, String label) {
        return labelled(table, label).orElseThrow(() -> new IllegalStateException(table.file() + " sheet " + table.sheet()
                + " has no column labelled '" + label + "'"));
    }

    private static String cell(DecisionTableLayout.TableRow row, DecisionTableLayout.Column column, String where) {
        return row.value(column).map(String::trim).orElseThrow(() -> new IllegalStateException(where + ": '" + column.label() + "' is empty"));
    }
}

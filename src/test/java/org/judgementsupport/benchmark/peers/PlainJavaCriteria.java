package org.judgementsupport.benchmark.peers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.judgementsupport.criteria.Criterion;
import org.judgementsupport.criteria.Effect;
import org.judgementsupport.criteria.OverallCase;
import org.judgementsupport.criteria.OverallDecision;
import org.judgementsupport.evidence.Evidence;
import org.judgementsupport.evidence.Indicator;

/**
 * The criteria with no engine at all: each table row becomes a comparison on one evidence field, indexed by field, and
 * the overall table a list of rows tried in turn. Built from the workbooks, so it follows every edit to a threshold;
 * the DRL rule is written out by hand below. This is the floor: what applying these criteria costs in plain Java.
 */
final class PlainJavaCriteria implements CriteriaEngine {

    /** The fields {@code rules/leadership-instability.drl} reads, as that file names them. */
    private static final String DIRECTOR_CHANGES = "workforce.directorChangesLast12Months";
    private static final String VACANCY_RATE = "workforce.vacancyRatePct";
    private static final String TURNOVER_RATE = "workforce.turnoverRatePct";

    /**
     * One criteria row, ready to test: numbers are compared as doubles, yes/no and practice by equality.
     *
     * @param comparison how a number is compared; null for a yes/no or practice criterion, which {@code expected} holds
     */
    private record Row(int order, Outcome.OutcomeFinding template, Criterion.Comparison comparison, double threshold,
                       BigDecimal citedThreshold, Object expected) {

        boolean isMetBy(Object value) {
            if (comparison == null) {
                return expected.equals(value);
            }
            if (!(value instanceof Number number)) {
                return false;
            }
            double actual = number.doubleValue();
            return switch (comparison) {
                case BELOW -> actual < threshold;
                case AT_MOST -> actual <= threshold;
                case EXACTLY -> actual == threshold;
                case AT_LEAST -> actual >= threshold;
                case MORE_THAN -> actual > threshold;
            };
        }
    }

    /** An overall-effectiveness row, ready to test: its conditions and the decision it gives. */
    private record OverallRow(CriteriaTables.OverallTest[] tests, Optional<OverallDecision> decision) {
    }

    /** A finding with its place in the catalogue, so findings of equal severity keep the order the rules are written in. */
    private record Hit(int order, Outcome.OutcomeFinding finding) {
    }

    private static final Comparator<Hit> REPORTING_ORDER = Comparator.comparing((Hit hit) -> hit.finding().effect()).thenComparingInt(Hit::order);

    private final Map<String, Row[]> rowsByField;
    private final CriteriaTables.CombinedRule instability;
    private final int instabilityOrder;
    private final OverallRow[] overall;

    private PlainJavaCriteria(Map<String, Row[]> rowsByField, CriteriaTables.CombinedRule instability, int instabilityOrder,
                              OverallRow[] overall) {
        this.rowsByField = rowsByField;
        this.instability = instability;
        this.instabilityOrder = instabilityOrder;
        this.overall = overall;
    }

    static PlainJavaCriteria build(CriteriaTables tables) {
        Map<String, List<Row>> byField = new LinkedHashMap<>();
        int order = 0;
        for (CriteriaTables.CriterionRow row : tables.criteria()) {
            Criterion.Condition condition = row.criterion().condition();
            Criterion.Comparison comparison = condition instanceof Criterion.Numeric numeric ? numeric.comparison() : null;
            BigDecimal number = row.criterion().threshold().orElse(null);
            Object expected = condition instanceof Criterion.YesNo yesNo ? (Object) yesNo.yes()
                    : condition instanceof Criterion.Practice practice ? practice.quality() : null;
            byField.computeIfAbsent(row.field(), field -> new ArrayList<>()).add(new Row(order++,
                    new Outcome.OutcomeFinding(row.rule(), row.area(), row.effect(), List.of()), comparison,
                    number == null ? Double.NaN : number.doubleValue(), number, expected));
        }
        Map<String, Row[]> index = new HashMap<>();
        byField.forEach((field, rows) -> index.put(field, rows.toArray(Row[]::new)));
        OverallRow[] overall = tables.overall().stream()
                .map(row -> new OverallRow(row.tests().values().toArray(CriteriaTables.OverallTest[]::new),
                        Optional.of(new OverallDecision(row.rule(), row.grade()))))
                .toArray(OverallRow[]::new);
        return new PlainJavaCriteria(index, tables.leadershipInstability(), order, overall);
    }

    @Override
    public Outcome judge(Evidence evidence) {
        CaseInput input = CaseInput.of(evidence);
        List<Hit> hits = new ArrayList<>();
        for (Indicator indicator : input.indicators()) {
            Row[] rows = rowsByField.get(indicator.path());
            if (rows == null) {
                continue;
            }
            for (Row row : rows) {
                if (row.isMetBy(indicator.value())) {
                    Outcome.OutcomeFinding template = row.template();
                    hits.add(new Hit(row.order(), new Outcome.OutcomeFinding(template.rule(), template.area(), template.effect(),
                            List.of(new Outcome.Cited(indicator.path(), indicator.value(), row.citedThreshold())))));
                }
            }
        }
        hits.sort(Comparator.comparingInt(Hit::order));
        leadershipInstability(hits).ifPresent(hits::add);
        hits.sort(REPORTING_ORDER);
        List<Outcome.OutcomeFinding> findings = new ArrayList<>(hits.size());
        for (Hit hit : hits) {
            findings.add(hit.finding());
        }
        return Grading.grade(input, findings, this::overallEffectiveness);
    }

    /**
     * {@code rules/leadership-instability.drl}: a limit citing director changes together with a concern citing the
     * vacancy rate or turnover is an inadequacy trigger, citing the evidence of both.
     */
    private Optional<Hit> leadershipInstability(List<Hit> hitsInCatalogueOrder) {
        List<Outcome.Cited> directorChanges = new ArrayList<>();
        List<Outcome.Cited> churn = new ArrayList<>();
        for (Hit hit : hitsInCatalogueOrder) {
            Outcome.OutcomeFinding finding = hit.finding();
            if (finding.effect() == Effect.LIMITS_TO_REQUIRES_IMPROVEMENT && finding.cites(DIRECTOR_CHANGES)) {
                directorChanges.addAll(finding.evidence());
            } else if (finding.effect() == Effect.CONCERN && (finding.cites(VACANCY_RATE) || finding.cites(TURNOVER_RATE))) {
                churn.addAll(finding.evidence());
            }
        }
        if (directorChanges.isEmpty() || churn.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Outcome.Cited> cited = new LinkedHashMap<>();
        directorChanges.forEach(evidence -> cited.putIfAbsent(evidence.field(), evidence));
        churn.forEach(evidence -> cited.putIfAbsent(evidence.field(), evidence));
        return Optional.of(new Hit(instabilityOrder, new Outcome.OutcomeFinding(instability.rule(), instability.area(),
                Effect.INADEQUACY_TRIGGER, List.copyOf(cited.values()))));
    }

    private Optional<OverallDecision> overallEffectiveness(OverallCase areaGrades) {
        for (OverallRow row : overall) {
            if (matches(row.tests(), areaGrades)) {
                return row.decision();
            }
        }
        return Optional.empty();
    }

    private static boolean matches(CriteriaTables.OverallTest[] tests, OverallCase areaGrades) {
        for (CriteriaTables.OverallTest test : tests) {
            boolean holds = switch (test.column()) {
                case WORST_PRACTICE_AREA_IS -> areaGrades.worstPracticeArea() == test.grade();
                case LEADERS_ARE -> areaGrades.leaders() == test.grade();
                case LEADERS_AT_LEAST -> areaGrades.leaders().isAtLeast(test.grade());
                case EVERY_PRACTICE_AREA_AT_LEAST -> areaGrades.worstPracticeArea().isAtLeast(test.grade());
                case PRACTICE_AREAS_REQUIRING_IMPROVEMENT_AT_MOST -> areaGrades.practiceAreasRequiringImprovement() <= test.count();
                case OUTSTANDING_PRACTICE_AREAS_AT_LEAST -> areaGrades.outstandingPracticeAreas() >= test.count();
            };
            if (!holds) {
                return false;
            }
        }
        return true;
    }
}

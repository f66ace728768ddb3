package org.judgementsupport.ruleset;

import static org.judgementsupport.ruleset.RuleSetProblem.Kind.GAP;
import static org.judgementsupport.ruleset.RuleSetProblem.Kind.NEVER_FIRES;
import static org.judgementsupport.ruleset.RuleSetProblem.Kind.NOT_MONOTONE;
import static org.judgementsupport.ruleset.RuleSetProblem.Kind.OVERLAP;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.judgementsupport.criteria.Criterion;
import org.judgementsupport.criteria.Effect;
import org.judgementsupport.evidence.EvidenceField;
import org.judgementsupport.evidence.PracticeQuality;
import org.judgementsupport.framework.Grade;
import org.judgementsupport.framework.JudgementArea;

/**
 * Checks the threshold criteria on each piece of evidence together, row against row, without running the engine.
 *
 * <p>For each evidence field the analysis takes every value that matters (each threshold, the values either side,
 * the ends of the field's range) from worst to best and works out which rows fire at each. That shows:
 * <ul>
 *   <li>rows that can never fire (no value in the field's range meets them): errors;</li>
 *   <li>better evidence giving a worse grade on one area (a limit that starts firing as return interviews rise, a
 *       band missing between two triggers): errors;</li>
 *   <li>two rows with the same area and effect firing for the same values (the same finding twice): warnings;</li>
 *   <li>a concern or strength that stops and starts again as the evidence improves (a gap between rows): warnings.</li>
 * </ul>
 * Rules reading more than one piece of evidence are left to the engine-based check.
 */
final class ThresholdAnalysis {

    private ThresholdAnalysis() {
    }

    /** A criterion rule reading exactly one piece of evidence. */
    private record Row(RuleDescription rule, EvidenceField field, Criterion criterion) {
    }

    /** Each framework's criteria are checked on their own: they never judge the same inspection. */
    static List<RuleSetProblem> check(RuleCatalogue catalogue, CellLocator cells) {
        List<RuleSetProblem> problems = new ArrayList<>();
        for (RuleDescription.Stage stage : RuleDescription.Stage.values()) {
            if (stage.isCriteria()) {
                problems.addAll(check(catalogue.rules(stage), cells));
            }
        }
        return problems;
    }

    private static List<RuleSetProblem> check(List<RuleDescription> criteria, CellLocator cells) {
        Map<EvidenceField, List<Row>> byField = new LinkedHashMap<>();
        for (RuleDescription rule : criteria) {
            if (rule.evidence().size() != 1 || rule.evidence().get(0).criterion() == null || rule.effect() == null || rule.area() == null) {
                continue;
            }
            RuleDescription.EvidenceUse use = rule.evidence().get(0);
            EvidenceField.byPath(use.field()).ifPresent(field -> {
                Criterion criterion = Criterion.parse(use.criterion());
                if (criterion.appliesTo() == field.kind()) {
                    byField.computeIfAbsent(field, key -> new ArrayList<>()).add(new Row(rule, field, criterion));
                }
            });
        }
        List<RuleSetProblem> problems = new ArrayList<>();
        byField.forEach((field, rows) -> problems.addAll(checkField(field, rows, cells)));
        return problems;
    }

    private static List<RuleSetProblem> checkField(EvidenceField field, List<Row> rows, CellLocator cells) {
        List<Object> probes = probes(field, rows);
        List<RuleSetProblem> problems = new ArrayList<>();
        for (Row row : rows) {
            if (probes.stream().noneMatch(row.criterion()::isMetBy)) {
                problems.add(new RuleSetProblem(NEVER_FIRES, cells.cell(row.rule().location(), CellLocator.CRITERION),
                        "'" + row.rule().name() + "' can never fire: no " + field.label().toLowerCase() + " is "
                                + row.criterion().describe(field) + " (" + range(field) + ")"));
            }
        }
        Map<JudgementArea, List<Row>> byArea = rows.stream().collect(Collectors.groupingBy(row -> row.rule().area(), LinkedHashMap::new, Collectors.toList()));
        byArea.forEach((area, areaRows) -> {
            if (field.better() != EvidenceField.Better.NEITHER) {
                monotonicity(field, area, areaRows, probes, cells).ifPresent(problems::add);
                problems.addAll(gaps(field, areaRows, probes, Effect.CONCERN, cells));
                problems.addAll(gaps(field, areaRows, probes, Effect.STRENGTH, cells));
            }
            problems.addAll(overlaps(field, areaRows, probes, cells));
        });
        return problems;
    }

    /** Walking from worst evidence to best, the grade ceiling the rows set must never get worse. */
    private static Optional<RuleSetProblem> monotonicity(EvidenceField field, JudgementArea area, List<Row> rows,
                                                                 List<Object> probes, CellLocator cells) {
        Grade previous = null;
        Object previousValue = null;
        for (Object probe : probes) {
            Grade ceiling = ceiling(rows, probe);
            if (previous != null && previous.isBetterThan(ceiling)) {
                List<Row> firing = rows.stream().filter(row -> row.criterion().isMetBy(probe) && row.rule().effect().movesGrade()).toList();
                Row culprit = firing.get(0);
                return Optional.of(new RuleSetProblem(NOT_MONOTONE, cells.cell(culprit.rule().location(), CellLocator.CRITERION),
                        "better evidence gives a worse grade for " + area + ": " + field.label().toLowerCase() + " of "
                                + field.format(previousValue) + " allows " + previous.ofstedWording() + ", but the better "
                                + field.format(probe) + " allows only " + ceiling.ofstedWording() + " because of "
                                + firing.stream().map(row -> "'" + row.rule().name() + "' (" + row.criterion().describe(field) + ")").collect(Collectors.joining(", "))));
            }
            previous = ceiling;
            previousValue = probe;
        }
        return Optional.empty();
    }

    private static Grade ceiling(List<Row> rows, Object probe) {
        Grade ceiling = Grade.OUTSTANDING;
        for (Row row : rows) {
            if (row.rule().effect().movesGrade() && row.criterion().isMetBy(probe)) {
                ceiling = ceiling.capAt(row.rule().effect().ceiling());
            }
        }
        return ceiling;
    }

    /** A concern should keep firing as evidence gets worse, a strength as it gets better; a break is a gap. */
    private static List<RuleSetProblem> gaps(EvidenceField field, List<Row> rows, List<Object> probes, Effect effect, CellLocator cells) {
        List<Row> ofEffect = rows.stream().filter(row -> row.rule().effect() == effect).toList();
        if (ofEffect.isEmpty()) {
            return List.of();
        }
        List<Object> ordered = new ArrayList<>(probes);
        if (effect == Effect.STRENGTH) {
            Collections.reverse(ordered);
        }
        boolean fired = false;
        Object stoppedAt = null;
        for (Object probe : ordered) {
            boolean fires = ofEffect.stream().anyMatch(row -> row.criterion().isMetBy(probe));
            if (fires && stoppedAt != null) {
                Row resumed = ofEffect.stream().filter(row -> row.criterion().isMetBy(probe)).findFirst().orElseThrow();
                return List.of(RuleSetProblem.warning(GAP, cells.cell(resumed.rule().location(), CellLocator.CRITERION),
                        "gap between " + effect.name().toLowerCase() + " rows on " + field.label().toLowerCase() + ": none fires at "
                                + field.format(stoppedAt) + " although one fires on either side; '" + resumed.rule().name() + "' starts again at "
                                + field.format(probe)));
            }
            if (fired && !fires && stoppedAt == null) {
                stoppedAt = probe;
            }
            fired |= fires;
        }
        return List.of();
    }

    /** Two rows with the same area and effect firing for the same value give the same finding twice. */
    private static List<RuleSetProblem> overlaps(EvidenceField field, List<Row> rows, List<Object> probes, CellLocator cells) {
        List<RuleSetProblem> problems = new ArrayList<>();
        for (int first = 0; first < rows.size(); first++) {
            for (int second = first + 1; second < rows.size(); second++) {
                Row a = rows.get(first);
                Row b = rows.get(second);
                if (a.rule().effect() != b.rule().effect()) {
                    continue;
                }
                probes.stream().filter(probe -> a.criterion().isMetBy(probe) && b.criterion().isMetBy(probe)).findFirst()
                        .ifPresent(probe -> problems.add(RuleSetProblem.warning(OVERLAP, cells.cell(b.rule().location(), CellLocator.CRITERION),
                                "'" + a.rule().name() + "' (" + a.criterion().describe(field) + ") and '" + b.rule().name() + "' ("
                                        + b.criterion().describe(field) + ") both fire for " + field.label().toLowerCase() + " of "
                                        + field.format(probe) + ": the same " + a.rule().effect() + " twice for " + a.rule().area())));
            }
        }
        return problems;
    }

    /**
     * Every value that can change which rows fire, ordered from the worst evidence to the best: each threshold, the
     * midpoints between thresholds and the ends of the range (whole numbers only for counts).
     */
    static List<Object> probes(EvidenceField field, List<Row> rows) {
        return switch (field.kind()) {
            case YES_NO -> field.better() == EvidenceField.Better.LOWER ? List.of(true, false) : List.of(false, true);
            case PRACTICE_QUALITY -> List.of(PracticeQuality.WIDESPREAD_OR_SERIOUS_FAILURES, PracticeQuality.NOT_YET_CONSISTENTLY_GOOD,
                    PracticeQuality.CONSISTENTLY_EFFECTIVE, PracticeQuality.EXCEPTIONAL);
            case NUMBER -> numericProbes(field, rows.stream().map(row -> row.criterion().threshold().orElseThrow()).toList());
        };
    }

    private static List<Object> numericProbes(EvidenceField field, List<BigDecimal> thresholds) {
        BigDecimal minimum = field.minimum();
        BigDecimal maximum = field.maximum() != null ? field.maximum()
                : thresholds.stream().max(Comparator.naturalOrder()).orElse(BigDecimal.ZERO).add(BigDecimal.valueOf(2));
        TreeSet<BigDecimal> points = new TreeSet<>();
        points.add(minimum);
        points.add(maximum);
        thresholds.stream().filter(t -> t.compareTo(minimum) >= 0 && t.compareTo(maximum) <= 0).forEach(points::add);
        List<BigDecimal> sorted = new ArrayList<>(points);
        for (int index = 0; index + 1 < sorted.size(); index++) {
            points.add(sorted.get(index).add(sorted.get(index + 1)).divide(BigDecimal.valueOf(2), 6, RoundingMode.HALF_UP));
        }
        TreeSet<BigDecimal> probes = new TreeSet<>();
        for (BigDecimal point : points) {
            if (field.wholeNumbers()) {
                for (BigDecimal whole : new BigDecimal[] {point.setScale(0, RoundingMode.FLOOR), point.setScale(0, RoundingMode.CEILING)}) {
                    if (whole.compareTo(minimum) >= 0 && whole.compareTo(maximum) <= 0) {
                        probes.add(whole);
                    }
                }
            } else {
                probes.add(point.stripTrailingZeros());
            }
        }
        List<Object> values = new ArrayList<>();
        for (BigDecimal probe : probes) {
            values.add(field.wholeNumbers() ? (Object) probe.intValueExact() : (Object) probe.doubleValue());
        }
        if (field.better() == EvidenceField.Better.LOWER) {
            Collections.reverse(values);
        }
        return values;
    }

    private static String range(EvidenceField field) {
        if (field.maximum() == null) {
            return "it is a count of 0 or more";
        }
        return "it is always from " + field.formatNumber(field.minimum()) + " to " + field.formatNumber(field.maximum());
    }

    /** For tests: the probe values for a field read by these criteria. */
    static List<Object> probes(EvidenceField field, String... criteria) {
        return probes(field, Arrays.stream(criteria).map(text -> new Row(null, field, Criterion.parse(text))).toList());
    }
}

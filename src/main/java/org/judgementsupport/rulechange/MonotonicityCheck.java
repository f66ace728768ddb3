package org.judgementsupport.rulechange;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.judgementsupport.criteria.Criterion;
import org.judgementsupport.evidence.Evidence;
import org.judgementsupport.evidence.EvidenceAssembler;
import org.judgementsupport.evidence.EvidenceField;
import org.judgementsupport.evidence.Inspection;
import org.judgementsupport.evidence.LocalAuthority;
import org.judgementsupport.evidence.PracticeQuality;
import org.judgementsupport.framework.Grade;
import org.judgementsupport.judgement.AreaJudgement;
import org.judgementsupport.judgement.ExplainedFinding;
import org.judgementsupport.judgement.Judge;
import org.judgementsupport.judgement.Judgement;
import org.judgementsupport.ruleset.RuleDescription;
import org.judgementsupport.ruleset.RuleSet;

/**
 * Better evidence must never give a worse grade. Generated cases are judged, then judged again with one piece of
 * evidence improved (a lower caseload, a higher return-interview rate, practice one level better …); any area whose
 * grade, or best possible grade, gets worse is a counterexample, reported with the evidence before and after and the
 * rules involved.
 *
 * <p>Values are drawn mostly at and beside the rule set's own thresholds, where a mistake shows. The random source is
 * seeded, so the same rule set always gets the same verdict. Single-evidence thresholds and the overall table are
 * also checked exhaustively without the engine when the rule set loads; this catches what they cannot, such as rules
 * that combine findings.
 */
final class MonotonicityCheck {

    /** Improved pairs judged per validation: about 0.1 s for the default rule set on a 2-core machine. */
    static final int CASES = 150;
    static final int IMPROVEMENTS_PER_CASE = 3;
    static final long SEED = 20181;

    /** How many pairs were judged, with which seed, and the counterexamples found (the first few). */
    record Result(int pairsChecked, long seed, List<MonotonicityViolation> violations) {

        boolean holds() {
            return violations.isEmpty();
        }
    }

    private static final int MAX_REPORTED = 5;
    private static final LocalDate[] START_DATES = {LocalDate.of(2020, 3, 2), LocalDate.of(2024, 5, 13), LocalDate.of(2026, 6, 1)};

    private MonotonicityCheck() {
    }

    static Result run(RuleSet ruleSet) {
        Judge judge = new Judge(ruleSet);
        Map<EvidenceField, List<Object>> candidates = candidateValues(ruleSet);
        SplittableRandom random = new SplittableRandom(SEED);
        List<MonotonicityViolation> violations = new ArrayList<>();
        int pairs = 0;
        for (int index = 0; index < CASES && violations.size() < MAX_REPORTED; index++) {
            Map<String, Object> values = generate(random, candidates);
            Inspection inspection = new Inspection(START_DATES[random.nextInt(START_DATES.length)], null, null, null);
            Judgement before = judge.judge(evidence(inspection, values));
            List<EvidenceField> present = values.keySet().stream().map(path -> EvidenceField.byPath(path).orElseThrow())
                    .filter(field -> field.better() != EvidenceField.Better.NEITHER).toList();
            for (int improvement = 0; improvement < IMPROVEMENTS_PER_CASE && !present.isEmpty(); improvement++) {
                EvidenceField field = present.get(random.nextInt(present.size()));
                Object better = better(values.get(field.path()), candidates.get(field), random);
                if (better == null) {
                    continue;
                }
                Map<String, Object> improved = new LinkedHashMap<>(values);
                improved.put(field.path(), better);
                if (!consistent(improved)) {
                    continue;
                }
                Judgement after = judge.judge(evidence(inspection, improved));
                pairs++;
                compare(field, values, better, before, after).ifPresent(violations::add);
            }
        }
        return new Result(pairs, SEED, List.copyOf(violations.subList(0, Math.min(MAX_REPORTED, violations.size()))));
    }

    private static Optional<MonotonicityViolation> compare(EvidenceField field, Map<String, Object> values, Object better,
                                                         Judgement before, Judgement after) {
        for (AreaJudgement was : before.areas()) {
            AreaJudgement now = after.area(was.area()).orElseThrow();
            Grade wasGrade = was.determined() ? was.grade() : was.highestPossibleGrade();
            Grade nowGrade = now.determined() ? now.grade() : now.highestPossibleGrade();
            if (wasGrade != null && nowGrade != null && wasGrade.isBetterThan(nowGrade)) {
                return Optional.of(new MonotonicityViolation(field.path(), values.get(field.path()), better, was.area().name(),
                        describe(was), describe(now), rules(was), rules(now), new LinkedHashMap<>(values)));
            }
        }
        return Optional.empty();
    }

    /**
     * Values worth trying per field, ordered so that further along is better for the field: each threshold the rules
     * use and the values either side, within the field's range.
     */
    private static Map<EvidenceField, List<Object>> candidateValues(RuleSet ruleSet) {
        Map<EvidenceField, List<Object>> candidates = new LinkedHashMap<>();
        for (EvidenceField field : EvidenceField.values()) {
            if (field.isDerived()) {
                continue;
            }
            List<Object> values = new ArrayList<>();
            switch (field.kind()) {
                case YES_NO -> values.addAll(field.better() == EvidenceField.Better.LOWER ? List.of(true, false) : List.of(false, true));
                // Worst to best, like every candidate list: "better" is further along.
                case PRACTICE_QUALITY -> values.addAll(List.of(PracticeQuality.WIDESPREAD_OR_SERIOUS_FAILURES,
                        PracticeQuality.NOT_YET_CONSISTENTLY_GOOD, PracticeQuality.CONSISTENTLY_EFFECTIVE, PracticeQuality.EXCEPTIONAL));
                case NUMBER -> values.addAll(numbers(field, ruleSet));
            }
            candidates.put(field, values);
        }
        return candidates;
    }

    private static List<Object> numbers(EvidenceField field, RuleSet ruleSet) {
        TreeSet<BigDecimal> points = new TreeSet<>();
        BigDecimal step = field.wholeNumbers() ? BigDecimal.ONE : new BigDecimal("0.5");
        for (RuleDescription rule : ruleSet.catalogue().criteriaReading(field.path())) {
            for (RuleDescription.EvidenceUse use : rule.evidence()) {
                if (use.field().equals(field.path()) && use.criterion() != null) {
                    BigDecimal threshold = Criterion.parse(use.criterion()).number();
                    if (threshold != null) {
                        points.add(threshold.subtract(step));
                        points.add(threshold);
                        points.add(threshold.add(step));
                    }
                }
            }
        }
        BigDecimal maximum = field.maximum() != null ? field.maximum() : BigDecimal.valueOf(10);
        points.add(field.minimum());
        points.add(maximum);
        List<Object> values = new ArrayList<>();
        for (BigDecimal point : points) {
            if (point.compareTo(field.minimum()) >= 0 && point.compareTo(maximum) <= 0) {
                values.add(field.wholeNumbers() ? (Object) point.intValue() : (Object) point.doubleValue());
            }
        }
        if (field.better() == EvidenceField.Better.LOWER) {
            Collections.reverse(values);
        }
        return values;
    }

    private static Map<String, Object> generate(SplittableRandom random, Map<EvidenceField, List<Object>> candidates) {
        Map<String, Object> values = new LinkedHashMap<>();
        candidates.forEach((field, options) -> {
            if (random.nextDouble() < (field.isPracticeQuality() ? 0.7 : 0.5)) {
                values.put(field.path(), options.get(random.nextInt(options.size())));
            }
        });
        if (!consistent(values)) {
            values.remove(EvidenceField.CASES_LEFT_AT_RISK.path());
        }
        return values;
    }

    /** A better value from the candidates: the next one half the time, else any better one. */
    private static Object better(Object current, List<Object> worstToBest, SplittableRandom random) {
        int index = worstToBest.indexOf(current);
        if (index < 0 || index == worstToBest.size() - 1) {
            return null;
        }
        return random.nextBoolean() ? worstToBest.get(index + 1) : worstToBest.get(index + 1 + random.nextInt(worstToBest.size() - index - 1));
    }

    /** Inspectors cannot find more cases with children left at risk than they sampled. */
    private static boolean consistent(Map<String, Object> values) {
        Object sampled = values.get(EvidenceField.CASES_SAMPLED.path());
        Object atRisk = values.get(EvidenceField.CASES_LEFT_AT_RISK.path());
        return sampled == null || atRisk == null || ((Number) atRisk).intValue() <= ((Number) sampled).intValue();
    }

    private static Evidence evidence(Inspection inspection, Map<String, Object> values) {
        return EvidenceAssembler.assemble(new LocalAuthority("E09000002", "Generated case"), inspection, values);
    }

    private static String describe(AreaJudgement area) {
        return area.determined() ? area.grade().name() : "not determined, at best " + area.highestPossibleGrade();
    }

    private static List<String> rules(AreaJudgement area) {
        return area.findings().stream().map(ExplainedFinding::rule).toList();
    }
}

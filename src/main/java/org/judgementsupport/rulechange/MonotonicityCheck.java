package org.judgementsupport.rulechange;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.judgementsupport.criteria.Criterion;
import org.judgementsupport.evidence.Evidence;
import org.judgementsupport.evidence.EvidenceAssembler;
import org.judgementsupport.evidence.EvidenceField;
import org.judgementsupport.evidence.Inspection;
import org.judgementsupport.evidence.LocalAuthority;
import org.judgementsupport.evidence.PracticeQuality;
import org.judgementsupport.framework.Framework;
import org.judgementsupport.framework.Grade;
import org.judgementsupport.framework.JudgementArea;
import org.judgementsupport.judgement.AreaJudgement;
import org.judgementsupport.judgement.ExplainedFinding;
import org.judgementsupport.judgement.Judge;
import org.judgementsupport.judgement.Judgement;
import org.judgementsupport.ruleset.RuleDescription;
import org.judgementsupport.ruleset.RuleSet;

/**
 * Better evidence must never give a worse grade. Every step from one value to the next better one, on every piece of
 * evidence (a lower caseload, a higher return-interview rate, practice one level better …), is judged before and
 * after; any area whose grade, or best possible grade, gets worse is a counterexample, reported with the evidence
 * before and after and the rules involved.
 *
 * <p>The values stepped through are each threshold the rule set uses and the values either side, so every boundary
 * where a rule starts or stops firing is crossed. Each step is tried with no other evidence (the step's own effect)
 * and in a few generated cases (its effect alongside other findings, where rules that combine findings act), each
 * under one of the ILACS frameworks and, where the single inspection framework reads that evidence, under it too:
 * its criteria, limiting judgements and overall table are its own. The
 * cases come from a seeded random source, so the same rule set always gets the same verdict. Single-evidence
 * thresholds and the overall table are also checked without the engine when the rule set loads; this catches what
 * they cannot, such as rules that combine findings.
 */
final class MonotonicityCheck {

    /** Generated cases each step is also tried in, besides the case with no other evidence. */
    static final int CASES_PER_STEP = 2;
    static final long SEED = 20181;

    /** How many steps were judged, with which seed, and the counterexamples found (the first few). */
    record Result(int pairsChecked, long seed, List<MonotonicityViolation> violations) {

        boolean holds() {
            return violations.isEmpty();
        }
    }

    private static final int MAX_REPORTED = 5;
    /** Start dates under the ILACS frameworks, which share their criteria: each step is judged under one of them. */
    private static final LocalDate[] START_DATES = {LocalDate.of(2020, 3, 2), LocalDate.of(2024, 5, 13), LocalDate.of(2026, 6, 1)};
    /**
     * A start date under the single inspection framework, which has criteria and tables of its own: a step on evidence
     * the SIF reads is judged under it too.
     */
    private static final LocalDate SIF_START_DATE = LocalDate.of(2015, 6, 1);

    private MonotonicityCheck() {
    }

    static Result run(RuleSet ruleSet) {
        Judge judge = new Judge(ruleSet);
        Map<EvidenceField, List<Object>> candidates = candidateValues(ruleSet);
        Set<EvidenceField> readUnderSif = readUnder(Framework.SIF_2013, ruleSet);
        SplittableRandom random = new SplittableRandom(SEED);
        List<MonotonicityViolation> violations = new ArrayList<>();
        int pairs = 0;
        for (Map.Entry<EvidenceField, List<Object>> entry : candidates.entrySet()) {
            EvidenceField field = entry.getKey();
            if (field.better() == EvidenceField.Better.NEITHER) {
                continue;
            }
            List<Object> worstToBest = entry.getValue();
            for (int step = 0; step + 1 < worstToBest.size() && violations.size() < MAX_REPORTED; step++) {
                for (int context = 0; context <= CASES_PER_STEP; context++) {
                    Map<String, Object> values = context == 0 ? new LinkedHashMap<>() : generate(random, candidates);
                    values.put(field.path(), worstToBest.get(step));
                    Map<String, Object> improved = new LinkedHashMap<>(values);
                    improved.put(field.path(), worstToBest.get(step + 1));
                    if (!consistent(values) || !consistent(improved)) {
                        continue;
                    }
                    List<LocalDate> dates = new ArrayList<>(List.of(START_DATES[random.nextInt(START_DATES.length)]));
                    if (readUnderSif.contains(field)) {
                        dates.add(SIF_START_DATE);
                    }
                    Optional<MonotonicityViolation> violation = Optional.empty();
                    for (LocalDate date : dates) {
                        Inspection inspection = new Inspection(date, null, null, null);
                        pairs++;
                        violation = compare(field, values, worstToBest.get(step + 1),
                                judge.judge(evidence(inspection, values)), judge.judge(evidence(inspection, improved)));
                        if (violation.isPresent()) {
                            break;
                        }
                    }
                    if (violation.isPresent()) {
                        violations.add(violation.get());
                        break;
                    }
                }
            }
        }
        return new Result(pairs, SEED, List.copyOf(violations));
    }

    /** The first area to get worse, looking at the directly judged areas before overall effectiveness, which follows them. */
    private static Optional<MonotonicityViolation> compare(EvidenceField field, Map<String, Object> values, Object better,
                                                           Judgement before, Judgement after) {
        List<AreaJudgement> areas = new ArrayList<>(before.areas());
        areas.sort(Comparator.comparing(area -> area.area() == JudgementArea.OVERALL_EFFECTIVENESS));
        for (AreaJudgement was : areas) {
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

    /** The evidence a framework reads: its evaluations of practice, and whatever its criteria read. */
    private static Set<EvidenceField> readUnder(Framework framework, RuleSet ruleSet) {
        Set<EvidenceField> read = EnumSet.noneOf(EvidenceField.class);
        for (EvidenceField field : EvidenceField.values()) {
            if (framework.practiceQualityPaths().contains(field.path()) || !ruleSet.catalogue().criteriaReading(framework, field.path()).isEmpty()) {
                read.add(field);
            }
        }
        return read;
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
                    Criterion.parse(use.criterion()).threshold().ifPresent(threshold -> {
                        points.add(threshold.subtract(step));
                        points.add(threshold);
                        points.add(threshold.add(step));
                    });
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

    /** A generated case: some evidence present, at values the rules care about; practice evaluated more often than not. */
    private static Map<String, Object> generate(SplittableRandom random, Map<EvidenceField, List<Object>> candidates) {
        Map<String, Object> values = new LinkedHashMap<>();
        candidates.forEach((field, options) -> {
            if (random.nextDouble() < (field.isPracticeQuality() ? 0.6 : 0.3)) {
                values.put(field.path(), options.get(random.nextInt(options.size())));
            }
        });
        return values;
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

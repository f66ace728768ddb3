package org.judgementsupport.ruleset;

import static org.judgementsupport.ruleset.RuleSetProblem.Kind.NOT_MONOTONE;
import static org.judgementsupport.ruleset.RuleSetProblem.Kind.TABLE_INCOMPLETE;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.judgementsupport.criteria.NextStepsCase;
import org.judgementsupport.criteria.SubJudgementsCase;
import org.judgementsupport.framework.Framework;
import org.judgementsupport.framework.Grade;
import org.judgementsupport.framework.JudgementArea;

/**
 * Checks the first-match tables on every case they can meet, not a sample: every combination of the grades overall
 * effectiveness follows from under each framework with an overall judgement (64 under the SIF and ILACS 2018, 256
 * under 2023), every combination of the SIF's two sub-judgements for its limiting judgements (16), and every overall
 * grade for each next-steps table.
 *
 * <p>A combination no row matches is a gap in the table. A combination where one area one grade better gives a worse
 * overall grade, or a worse limit, breaks the promise that better evidence never lowers a grade; the judgement also
 * relies on it to say when undetermined areas already settle a grade.
 */
final class GradeTableChecks {

    /** Enough examples to act on; the count says how many more there are. */
    private static final int EXAMPLES = 3;

    private GradeTableChecks() {
    }

    static List<RuleSetProblem> check(RuleSet ruleSet) {
        List<RuleSetProblem> problems = new ArrayList<>();
        for (Framework framework : Framework.values()) {
            if (framework.hasOverallEffectiveness()) {
                problems.addAll(checkGrades(framework, framework.overallFollowsFrom(),
                        grades -> ruleSet.overallEffectiveness(framework, grades).map(decision -> new Decision(decision.rule(), decision.grade())),
                        ruleSet, tableLocation(ruleSet, RuleDescription.Stage.overallUnder(framework)), "overall effectiveness"));
            }
        }
        Framework sif = Framework.SIF_2013;
        for (JudgementArea limited : sif.directlyJudgedAreas()) {
            List<JudgementArea> subJudgements = sif.subJudgements(limited);
            if (subJudgements.size() == 2) {
                problems.addAll(checkGrades(sif, subJudgements, grades -> ruleSet.limitingJudgement(
                                new SubJudgementsCase(grades.get(subJudgements.get(0)), grades.get(subJudgements.get(1))))
                                .map(decision -> new Decision(decision.rule(), decision.atBest())),
                        ruleSet, tableLocation(ruleSet, RuleDescription.Stage.SIF_LIMITING_JUDGEMENTS), "the best " + limited + " can be"));
            }
        }
        for (RuleDescription.Stage stage : List.of(RuleDescription.Stage.NEXT_STEPS, RuleDescription.Stage.SIF_NEXT_STEPS)) {
            RuleLocation nextStepsTable = tableLocation(ruleSet, stage);
            Framework framework = stage == RuleDescription.Stage.SIF_NEXT_STEPS ? sif : Framework.ILACS_2023;
            for (Grade grade : Grade.values()) {
                if (ruleSet.nextSteps(framework, new NextStepsCase(grade, NextStepsCase.Basis.THIS_JUDGEMENT)).isEmpty()) {
                    problems.add(new RuleSetProblem(TABLE_INCOMPLETE, nextStepsTable,
                            "no " + (stage == RuleDescription.Stage.SIF_NEXT_STEPS ? "SIF " : "") + "next-steps row covers an overall grade of "
                                    + grade.ofstedWording()));
                }
            }
        }
        return problems;
    }

    /** A table's decision on one combination of grades: the row that made it and the grade it gives. */
    private record Decision(String rule, Grade grade) {
    }

    /**
     * Every combination of the areas' grades must meet a row, and one area one grade better must never give a worse
     * grade.
     */
    private static List<RuleSetProblem> checkGrades(Framework framework, List<JudgementArea> areas,
                                                    Function<Map<JudgementArea, Grade>, Optional<Decision>> table, RuleSet ruleSet,
                                                    RuleLocation tableLocation, String decides) {
        Map<Map<JudgementArea, Grade>, Optional<Decision>> decisions = new HashMap<>();
        List<String> unmatched = new ArrayList<>();
        List<RuleSetProblem> notMonotone = new ArrayList<>();
        int notMonotoneCount = 0;
        for (Map<JudgementArea, Grade> grades : combinations(areas)) {
            Optional<Decision> decision = decisions.computeIfAbsent(Map.copyOf(grades), table);
            if (decision.isEmpty()) {
                unmatched.add(describe(grades));
                continue;
            }
            for (JudgementArea area : areas) {
                if (grades.get(area) == Grade.OUTSTANDING) {
                    continue;
                }
                Map<JudgementArea, Grade> better = new EnumMap<>(grades);
                better.put(area, grades.get(area).oneBetter());
                Optional<Decision> betterDecision = decisions.computeIfAbsent(Map.copyOf(better), table);
                if (betterDecision.isPresent() && decision.get().grade().isBetterThan(betterDecision.get().grade())) {
                    if (notMonotoneCount++ < EXAMPLES) {
                        notMonotone.add(new RuleSetProblem(NOT_MONOTONE,
                                ruleSet.catalogue().rule(betterDecision.get().rule()).map(RuleDescription::location).orElse(tableLocation),
                                framework + ": with " + describe(grades) + " " + decides + " is " + decision.get().grade().ofstedWording()
                                        + " ('" + decision.get().rule() + "'), but with " + area + " one grade better it is only "
                                        + betterDecision.get().grade().ofstedWording() + " ('" + betterDecision.get().rule() + "')"));
                    }
                }
            }
        }
        List<RuleSetProblem> problems = new ArrayList<>(notMonotone);
        if (notMonotoneCount > EXAMPLES) {
            problems.add(new RuleSetProblem(NOT_MONOTONE, tableLocation, framework + ": " + (notMonotoneCount - EXAMPLES) + " more such cases"));
        }
        if (!unmatched.isEmpty()) {
            problems.add(new RuleSetProblem(TABLE_INCOMPLETE, tableLocation, framework + ": no row matches " + unmatched.size() + " of the "
                    + decisions.keySet().stream().filter(key -> key.keySet().equals(Set.copyOf(areas))).count()
                    + " combinations of area grades (deciding " + decides + "), for example " + String.join("; ", unmatched.subList(0, Math.min(EXAMPLES, unmatched.size())))
                    + ". Add rows, or an 'Otherwise' row with no conditions at the bottom"));
        }
        return problems;
    }

    private static List<Map<JudgementArea, Grade>> combinations(List<JudgementArea> areas) {
        List<Map<JudgementArea, Grade>> combinations = new ArrayList<>();
        combinations.add(new EnumMap<>(JudgementArea.class));
        for (JudgementArea area : areas) {
            List<Map<JudgementArea, Grade>> extended = new ArrayList<>();
            for (Map<JudgementArea, Grade> partial : combinations) {
                for (Grade grade : Grade.values()) {
                    Map<JudgementArea, Grade> next = new EnumMap<>(JudgementArea.class);
                    next.putAll(partial);
                    next.put(area, grade);
                    extended.add(next);
                }
            }
            combinations = extended;
        }
        return combinations;
    }

    private static String describe(Map<JudgementArea, Grade> grades) {
        return new EnumMap<>(grades).entrySet().stream().map(entry -> entry.getKey() + " " + entry.getValue()).collect(Collectors.joining(", "));
    }

    private static RuleLocation tableLocation(RuleSet ruleSet, RuleDescription.Stage stage) {
        return ruleSet.catalogue().rules(stage).stream().findFirst()
                .map(rule -> rule.location() instanceof RuleLocation.WorkbookCell cell ? RuleLocation.ofSheet(cell.file(), cell.sheet())
                        : RuleLocation.ofFile(rule.location().file()))
                .orElse(RuleLocation.ofFile(RuleSetFolder.DECISION_TABLES));
    }
}

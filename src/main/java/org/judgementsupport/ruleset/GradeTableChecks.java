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
import java.util.stream.Collectors;
import org.judgementsupport.criteria.NextStepsCase;
import org.judgementsupport.criteria.OverallCase;
import org.judgementsupport.criteria.OverallDecision;
import org.judgementsupport.framework.Framework;
import org.judgementsupport.framework.Grade;
import org.judgementsupport.framework.JudgementArea;

/**
 * Checks the overall-effectiveness and next-steps tables on every case they can meet, not a sample: every
 * combination of area grades under each framework with an overall judgement (64 under ILACS 2018, 256 under 2023),
 * and every overall grade for next steps.
 *
 * <p>A combination no row matches is a gap in the table. A combination where one area one grade better gives a worse
 * overall grade breaks the promise that better evidence never lowers a grade; the judgement also relies on it to say
 * when undetermined areas already settle overall effectiveness.
 */
final class GradeTableChecks {

    /** Enough examples to act on; the count says how many more there are. */
    private static final int EXAMPLES = 3;

    private GradeTableChecks() {
    }

    static List<RuleSetProblem> check(RuleSet ruleSet) {
        List<RuleSetProblem> problems = new ArrayList<>();
        RuleLocation overallTable = tableLocation(ruleSet, RuleDescription.Stage.OVERALL_EFFECTIVENESS);
        for (Framework framework : Framework.values()) {
            if (framework.hasOverallEffectiveness()) {
                problems.addAll(checkOverall(ruleSet, framework, overallTable));
            }
        }
        RuleLocation nextStepsTable = tableLocation(ruleSet, RuleDescription.Stage.NEXT_STEPS);
        for (Grade grade : Grade.values()) {
            if (ruleSet.nextSteps(new NextStepsCase(grade, NextStepsCase.Basis.THIS_JUDGEMENT)).isEmpty()) {
                problems.add(new RuleSetProblem(TABLE_INCOMPLETE, nextStepsTable,
                        "no next-steps row covers an overall grade of " + grade.ofstedWording()));
            }
        }
        return problems;
    }

    private static List<RuleSetProblem> checkOverall(RuleSet ruleSet, Framework framework, RuleLocation table) {
        List<JudgementArea> areas = framework.directlyJudgedAreas();
        Map<Map<JudgementArea, Grade>, Optional<OverallDecision>> decisions = new HashMap<>();
        List<String> unmatched = new ArrayList<>();
        List<RuleSetProblem> notMonotone = new ArrayList<>();
        int notMonotoneCount = 0;
        for (Map<JudgementArea, Grade> grades : combinations(areas)) {
            Optional<OverallDecision> decision = decide(ruleSet, decisions, grades);
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
                Optional<OverallDecision> betterDecision = decide(ruleSet, decisions, better);
                if (betterDecision.isPresent() && decision.get().grade().isBetterThan(betterDecision.get().grade())) {
                    if (notMonotoneCount++ < EXAMPLES) {
                        notMonotone.add(new RuleSetProblem(NOT_MONOTONE,
                                ruleSet.catalogue().rule(betterDecision.get().rule()).map(RuleDescription::location).orElse(table),
                                framework + ": with " + describe(grades) + " overall effectiveness is " + decision.get().grade().ofstedWording()
                                        + " ('" + decision.get().rule() + "'), but with " + area + " one grade better it is only "
                                        + betterDecision.get().grade().ofstedWording() + " ('" + betterDecision.get().rule() + "')"));
                    }
                }
            }
        }
        List<RuleSetProblem> problems = new ArrayList<>(notMonotone);
        if (notMonotoneCount > EXAMPLES) {
            problems.add(new RuleSetProblem(NOT_MONOTONE, table, framework + ": " + (notMonotoneCount - EXAMPLES) + " more such cases"));
        }
        if (!unmatched.isEmpty()) {
            problems.add(new RuleSetProblem(TABLE_INCOMPLETE, table, framework + ": no row matches " + unmatched.size() + " of the "
                    + decisions.keySet().stream().filter(key -> key.keySet().equals(Set.copyOf(areas))).count()
                    + " combinations of area grades, for example " + String.join("; ", unmatched.subList(0, Math.min(EXAMPLES, unmatched.size())))
                    + ". Add rows, or an 'Otherwise' row with no conditions at the bottom"));
        }
        return problems;
    }

    private static Optional<OverallDecision> decide(RuleSet ruleSet, Map<Map<JudgementArea, Grade>, Optional<OverallDecision>> decisions,
                                                    Map<JudgementArea, Grade> grades) {
        return decisions.computeIfAbsent(Map.copyOf(grades), key -> ruleSet.overallEffectiveness(OverallCase.of(key)));
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

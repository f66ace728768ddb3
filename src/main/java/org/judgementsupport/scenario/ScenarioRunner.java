package org.judgementsupport.scenario;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.judgementsupport.criteria.ScorePoints;
import org.judgementsupport.criteria.TargetingCase;
import org.judgementsupport.criteria.Trend;
import org.judgementsupport.evidence.Evidence;
import org.judgementsupport.evidence.EvidenceField;
import org.judgementsupport.evidence.Indicators;
import org.judgementsupport.evidence.EvidenceReader;
import org.judgementsupport.evidence.EvidenceRejectedException;
import org.judgementsupport.framework.JudgementArea;
import org.judgementsupport.judgement.AreaJudgement;
import org.judgementsupport.judgement.ExplainedFinding;
import org.judgementsupport.judgement.Judge;
import org.judgementsupport.judgement.Judgement;
import org.judgementsupport.judgement.RuleReference;
import org.judgementsupport.ruleset.RuleSet;

/**
 * Runs policy scenarios against a rule set and says, for each, how the judgement (and, for a case about where to look
 * next, the targeting score) differs from what policy expects.
 */
public final class ScenarioRunner {

    private final EvidenceReader evidenceReader;

    public ScenarioRunner(EvidenceReader evidenceReader) {
        this.evidenceReader = evidenceReader;
    }

    public List<ScenarioResult> run(List<Scenario> scenarios, RuleSet ruleSet) {
        Judge judge = new Judge(ruleSet);
        return scenarios.stream().map(scenario -> run(scenario, judge, ruleSet)).toList();
    }

    public ScenarioResult run(Scenario scenario, RuleSet ruleSet) {
        return run(scenario, new Judge(ruleSet), ruleSet);
    }

    private ScenarioResult run(Scenario scenario, Judge judge, RuleSet ruleSet) {
        Evidence evidence;
        try {
            evidence = evidenceReader.read(scenario.evidence());
        } catch (EvidenceRejectedException refused) {
            List<String> problems = refused.problems().stream()
                    .map(problem -> "the scenario's evidence is refused: " + problem.field() + " " + problem.reason())
                    .toList();
            return new ScenarioResult(scenario, problems, null, Set.of());
        }
        Judgement judgement = judge.judge(evidence);
        List<String> differences = new ArrayList<>();
        for (Map.Entry<JudgementArea, ExpectedGrade> expected : scenario.grades().entrySet()) {
            AreaJudgement actual = judgement.area(expected.getKey()).orElse(null);
            if (actual == null) {
                differences.add(expected.getKey() + ": expected " + expected.getValue() + " but " + judgement.framework() + " does not grade it");
            } else if (!expected.getValue().matches(actual)) {
                differences.add(expected.getKey() + ": expected " + expected.getValue() + ", got " + ExpectedGrade.describe(actual));
            }
        }
        Set<String> fired = new TreeSet<>();
        judgement.areas().forEach(area -> area.findings().stream().map(ExplainedFinding::rule).forEach(fired::add));
        Set<String> expectedRules = new TreeSet<>(scenario.rulesFired());
        Set<String> missing = new TreeSet<>(expectedRules);
        missing.removeAll(fired);
        Set<String> unexpected = new TreeSet<>(fired);
        unexpected.removeAll(expectedRules);
        if (!missing.isEmpty()) {
            differences.add("expected to fire but did not: " + missing);
        }
        if (!unexpected.isEmpty()) {
            differences.add("fired but not expected: " + unexpected);
        }
        String overallRow = judgement.area(JudgementArea.OVERALL_EFFECTIVENESS).map(AreaJudgement::decidedBy).map(RuleReference::rule).orElse(null);
        if (scenario.overallRow() != null && !scenario.overallRow().equals(overallRow)) {
            differences.add("overall effectiveness: expected row \"" + scenario.overallRow() + "\", got " + quoted(overallRow));
        }
        String nextStepsRow = judgement.nextSteps().decidedBy() == null ? null : judgement.nextSteps().decidedBy().rule();
        if (scenario.nextStepsRow() != null && !scenario.nextStepsRow().equals(nextStepsRow)) {
            differences.add("next steps: expected row \"" + scenario.nextStepsRow() + "\", got " + quoted(nextStepsRow));
        }
        String limitingRow = judgement.areas().stream().filter(area -> area.area() != JudgementArea.OVERALL_EFFECTIVENESS)
                .map(AreaJudgement::decidedBy).filter(Objects::nonNull).map(RuleReference::rule).findFirst().orElse(null);
        if (scenario.limitingRow() != null && !scenario.limitingRow().equals(limitingRow)) {
            differences.add("limiting judgements: expected row \"" + scenario.limitingRow() + "\", got " + quoted(limitingRow));
        }
        Set<String> used = new LinkedHashSet<>(fired);
        if (scenario.targeting() != null) {
            used.addAll(compareTargeting(scenario, evidence, ruleSet, differences));
        }
        if (overallRow != null) {
            used.add(overallRow);
        }
        if (limitingRow != null) {
            used.add(limitingRow);
        }
        if (nextStepsRow != null) {
            used.add(nextStepsRow);
        }
        return new ScenarioResult(scenario, List.copyOf(differences), judgement, Set.copyOf(used));
    }

    /** Scores the case with the targeting table and says how it differs; returns the rows that gave points. */
    private static Set<String> compareTargeting(Scenario scenario, Evidence evidence, RuleSet ruleSet, List<String> differences) {
        TargetingGiven given = scenario.targeting();
        List<Trend> trends = given.trends().stream()
                .map(trend -> Trend.of(EvidenceField.byPath(trend.evidence()).orElseThrow(), trend.before(), trend.after(), 0, 1))
                .toList();
        TargetingCase authority = new TargetingCase(evidence.localAuthority().code(), given.previousGrade(), given.monthsSinceLastInspection());
        List<ScorePoints> points = ruleSet.targetingPoints(authority, ruleSet.findings(Indicators.from(evidence)), trends);
        int score = points.stream().mapToInt(ScorePoints::points).sum();
        if (score != given.score()) {
            differences.add("targeting score: expected " + given.score() + ", got " + score + " " + points.stream()
                    .map(award -> award.rule() + " +" + award.points()).toList());
        }
        Set<String> rows = new TreeSet<>();
        points.forEach(award -> rows.add(award.rule()));
        Set<String> missing = new TreeSet<>(given.pointsFrom());
        missing.removeAll(rows);
        Set<String> unexpected = new TreeSet<>(rows);
        given.pointsFrom().forEach(unexpected::remove);
        if (!missing.isEmpty()) {
            differences.add("targeting: expected points from but got none from: " + missing);
        }
        if (!unexpected.isEmpty()) {
            differences.add("targeting: points from rows not expected: " + unexpected);
        }
        return rows;
    }

    private static String quoted(String row) {
        return row == null ? "none" : "\"" + row + "\"";
    }
}

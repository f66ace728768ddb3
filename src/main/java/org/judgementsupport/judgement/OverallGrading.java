package org.judgementsupport.judgement;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.judgementsupport.criteria.OverallDecision;
import org.judgementsupport.evidence.EvidenceField;
import org.judgementsupport.framework.Framework;
import org.judgementsupport.framework.Grade;
import org.judgementsupport.framework.JudgementArea;
import org.judgementsupport.ruleset.RuleSet;

/**
 * Overall effectiveness, from the other areas' grades by the framework's overall-effectiveness table (first matching
 * row). Under the single inspection framework it follows from the three key judgements; the sub-judgements count
 * through children looked after, which they limit.
 *
 * <p>When some areas are not determined, the table is asked twice: with each of them at the best grade the evidence
 * allows, and with each at inadequate. If both answers agree, the areas already settle the overall grade (an
 * inadequate practice area does); if not, the overall grade is not determined and the best answer is the highest it
 * can be. This relies on the table never giving a worse overall grade for a better area grade, which the rule-set
 * checks test.
 */
final class OverallGrading {

    private final Framework framework;
    private final RuleSet ruleSet;
    private final RuleReferences references;

    OverallGrading(Framework framework, RuleSet ruleSet, RuleReferences references) {
        this.framework = framework;
        this.ruleSet = ruleSet;
        this.references = references;
    }

    AreaJudgement grade(List<AreaJudgement> directlyJudged) {
        List<AreaJudgement> areas = directlyJudged.stream().filter(area -> framework.overallFollowsFrom().contains(area.area())).toList();
        List<AreaJudgement> undetermined = areas.stream().filter(area -> !area.determined()).toList();
        Map<JudgementArea, Grade> best = new EnumMap<>(JudgementArea.class);
        Map<JudgementArea, Grade> worst = new EnumMap<>(JudgementArea.class);
        for (AreaJudgement area : areas) {
            best.put(area.area(), area.highestPossibleGrade());
            worst.put(area.area(), area.determined() ? area.grade() : Grade.INADEQUATE);
        }
        Optional<OverallDecision> atBest = ruleSet.overallEffectiveness(framework, best);
        Optional<OverallDecision> atWorst = undetermined.isEmpty() ? atBest : ruleSet.overallEffectiveness(framework, worst);
        String title = JudgementArea.OVERALL_EFFECTIVENESS.ofstedTitle();

        if (atBest.isEmpty() || atWorst.isEmpty()) {
            return new AreaJudgement(JudgementArea.OVERALL_EFFECTIVENESS, title, null, false, null,
                    "Not determined: no row of the overall-effectiveness table matches these area grades.",
                    List.of(), gaps(undetermined), List.of(), null);
        }
        Grade grade = atBest.get().grade();
        if (atWorst.get().grade() == grade) {
            String basis = undetermined.isEmpty()
                    ? grade.ofstedWording() + ": \"" + atBest.get().rule() + "\"."
                    : grade.ofstedWording() + " whatever the grades of " + titles(undetermined) + " turn out to be: \"" + atBest.get().rule() + "\".";
            return new AreaJudgement(JudgementArea.OVERALL_EFFECTIVENESS, title, grade, true, grade, basis,
                    List.of(), gaps(undetermined), improvements(areas, best, grade), references.of(atBest.get().rule()));
        }
        String basis = "Not determined until " + titles(undetermined) + " " + (undetermined.size() == 1 ? "is" : "are")
                + ": at best " + grade.ofstedWording() + " (\"" + atBest.get().rule() + "\"), at worst "
                + atWorst.get().grade().ofstedWording() + " (\"" + atWorst.get().rule() + "\").";
        return new AreaJudgement(JudgementArea.OVERALL_EFFECTIVENESS, title, null, false, grade, basis,
                List.of(), gaps(undetermined), List.of(), references.of(atBest.get().rule()));
    }

    /** For each determined area below outstanding: would one grade better lift the overall grade? */
    private List<Improvement> improvements(List<AreaJudgement> areas, Map<JudgementArea, Grade> grades, Grade overall) {
        List<Improvement> changes = new ArrayList<>();
        for (AreaJudgement area : areas) {
            if (!area.determined() || area.grade() == Grade.OUTSTANDING) {
                continue;
            }
            Map<JudgementArea, Grade> better = new EnumMap<>(grades);
            better.put(area.area(), area.grade().oneBetter());
            ruleSet.overallEffectiveness(framework, better)
                    .filter(decision -> decision.grade().isBetterThan(overall))
                    .ifPresent(decision -> changes.add(new Improvement("If " + area.title() + " were "
                            + area.grade().oneBetter().ofstedWording() + ", overall effectiveness would be "
                            + decision.grade().ofstedWording() + " (\"" + decision.rule() + "\")", null, null)));
        }
        return changes;
    }

    private static List<EvidenceGap> gaps(List<AreaJudgement> undetermined) {
        return undetermined.stream().map(area -> {
            EvidenceField practice = EvidenceField.byPath(area.area().practiceQualityPath()).orElseThrow();
            return new EvidenceGap(practice.path(), practice.label(), "Needed to determine " + area.title()
                    + ", which overall effectiveness follows from.", List.of());
        }).toList();
    }

    private static String titles(List<AreaJudgement> areas) {
        return areas.stream().map(area -> "'" + area.title() + "'").collect(Collectors.joining(" and "));
    }
}

package org.judgementsupport.judgement;

import java.time.LocalDate;
import java.util.Optional;
import org.judgementsupport.criteria.NextStepsCase;
import org.judgementsupport.criteria.NextStepsPlan;
import org.judgementsupport.framework.Framework;
import org.judgementsupport.framework.Grade;
import org.judgementsupport.ruleset.RuleSet;

/**
 * Next steps follow from this judgement's overall grade where it has one, otherwise from the previous inspection's,
 * by the framework's next-steps table (the SIF has its own).
 */
final class NextStepsPlanning {

    private final Framework framework;
    private final RuleSet ruleSet;
    private final RuleReferences references;

    NextStepsPlanning(Framework framework, RuleSet ruleSet, RuleReferences references) {
        this.framework = framework;
        this.ruleSet = ruleSet;
        this.references = references;
    }

    NextSteps plan(AreaJudgement overall, Grade previousOverallGrade, LocalDate inspectionStart) {
        NextStepsCase basis;
        if (overall != null && overall.determined()) {
            basis = new NextStepsCase(overall.grade(), NextStepsCase.Basis.THIS_JUDGEMENT);
        } else if (previousOverallGrade != null) {
            basis = new NextStepsCase(previousOverallGrade, NextStepsCase.Basis.PREVIOUS_INSPECTION);
        } else {
            return undetermined(null, overall == null
                    ? "No next steps: this framework gives no overall grade and the evidence has no inspection.previousOverallGrade to plan from."
                    : "No next steps yet: overall effectiveness is not determined and the evidence has no inspection.previousOverallGrade to plan from.");
        }
        Optional<NextStepsPlan> decision = ruleSet.nextSteps(framework, basis);
        if (decision.isEmpty()) {
            return undetermined(basis, "No row of the next-steps table covers an overall grade of " + basis.grade().ofstedWording() + ".");
        }
        NextStepsPlan plan = decision.get();
        LocalDate dueAround = plan.dueAroundMonths() == null ? null : inspectionStart.plusMonths(plan.dueAroundMonths());
        String from = basis.basis() == NextStepsCase.Basis.THIS_JUDGEMENT
                ? "this judgement's overall grade (" + basis.grade().ofstedWording() + ")"
                : "the previous inspection's overall grade (" + basis.grade().ofstedWording() + ")";
        StringBuilder explanation = new StringBuilder("Following " + from + ". " + plan.rule());
        if (dueAround != null) {
            explanation.append(". Next graded inspection (").append(plan.nextInspection().name().toLowerCase())
                    .append(") due around ").append(dueAround.getYear()).append('-').append(String.format("%02d", dueAround.getMonthValue()));
        }
        explanation.append('.');
        return new NextSteps(true, basis.basis(), basis.grade(), plan.nextInspection(), plan.dueAroundMonths(), dueAround,
                plan.focusedVisits(), plan.monitoring(), explanation.toString(), references.of(plan.rule()));
    }

    private static NextSteps undetermined(NextStepsCase basis, String explanation) {
        return new NextSteps(false, basis == null ? null : basis.basis(), basis == null ? null : basis.grade(),
                null, null, null, null, null, explanation, null);
    }
}

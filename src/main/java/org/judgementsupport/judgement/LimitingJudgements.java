package org.judgementsupport.judgement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.judgementsupport.criteria.LimitingDecision;
import org.judgementsupport.criteria.SubJudgementsCase;
import org.judgementsupport.evidence.EvidenceField;
import org.judgementsupport.framework.Framework;
import org.judgementsupport.framework.Grade;
import org.judgementsupport.framework.JudgementArea;
import org.judgementsupport.ruleset.RuleSet;

/**
 * Under the single inspection framework, the graded sub-judgements (adoption performance, the experiences and progress
 * of care leavers) limit the key judgement they belong to (children looked after and achieving permanence), by the
 * SIF's limiting-judgements table (first matching row). Other frameworks have no sub-judgements and pass through.
 *
 * <p>As for overall effectiveness, an undetermined sub-judgement is tried at the best grade its evidence allows and at
 * inadequate: if the table gives children looked after the same grade both ways, that grade stands; if not, children
 * looked after is not determined until the sub-judgement is. This relies on the table never giving a worse limit for a
 * better sub-judgement, which the rule-set checks test.
 */
final class LimitingJudgements {

    private final Framework framework;
    private final RuleSet ruleSet;
    private final RuleReferences references;

    LimitingJudgements(Framework framework, RuleSet ruleSet, RuleReferences references) {
        this.framework = framework;
        this.ruleSet = ruleSet;
        this.references = references;
    }

    /** The areas, with each judgement that has graded sub-judgements limited by them. */
    List<AreaJudgement> apply(List<AreaJudgement> areas) {
        Map<JudgementArea, AreaJudgement> byArea = areas.stream().collect(Collectors.toMap(AreaJudgement::area, Function.identity()));
        List<AreaJudgement> limited = new ArrayList<>();
        for (AreaJudgement area : areas) {
            List<JudgementArea> subJudgements = framework.subJudgements(area.area());
            limited.add(subJudgements.size() == 2
                    ? limit(area, byArea.get(subJudgements.get(0)), byArea.get(subJudgements.get(1)))
                    : area);
        }
        return List.copyOf(limited);
    }

    private AreaJudgement limit(AreaJudgement limited, AreaJudgement adoption, AreaJudgement careLeavers) {
        Optional<LimitingDecision> atBest = ruleSet.limitingJudgement(new SubJudgementsCase(best(adoption), best(careLeavers)));
        Optional<LimitingDecision> atWorst = ruleSet.limitingJudgement(new SubJudgementsCase(worst(adoption), worst(careLeavers)));
        if (atBest.isEmpty() || atWorst.isEmpty()) {
            return with(limited, limited.grade(), limited.determined(), limited.highestPossibleGrade(),
                    limited.basis() + " No row of the limiting-judgements table matches its sub-judgements.", List.of(), null);
        }
        List<AreaJudgement> undetermined = List.of(adoption, careLeavers).stream().filter(area -> !area.determined()).toList();
        Grade ceiling = atBest.get().atBest();
        String row = "\"" + atBest.get().rule() + "\"";
        if (!limited.determined()) {
            Grade highest = limited.highestPossibleGrade().capAt(ceiling);
            String basis = highest == limited.highestPossibleGrade() ? limited.basis()
                    : limited.basis() + " Its sub-judgements allow at best " + ceiling.ofstedWording() + ": " + row + ".";
            return with(limited, null, false, highest, basis, gaps(undetermined), references.of(atBest.get().rule()));
        }
        Grade own = limited.grade();
        Grade grade = own.capAt(ceiling);
        if (own.capAt(atWorst.get().atBest()) != grade) {
            String basis = limited.basis() + " Not determined until " + titles(undetermined) + (undetermined.size() == 1 ? " is" : " are")
                    + ": at best " + grade.ofstedWording() + " (" + row + "), at worst " + own.capAt(atWorst.get().atBest()).ofstedWording()
                    + " (\"" + atWorst.get().rule() + "\").";
            return with(limited, null, false, grade, basis, gaps(undetermined), references.of(atBest.get().rule()));
        }
        String basis;
        List<Improvement> toImprove = new ArrayList<>();
        if (grade != own) {
            basis = limited.basis() + " Limited to " + grade.ofstedWording() + " by its sub-judgements: " + row + ".";
            toImprove.add(new Improvement("Adoption performance and the experiences and progress of care leavers would need to be better: "
                    + row + " allows at best " + grade.ofstedWording(), atBest.get().rule(), null));
        } else {
            basis = limited.basis() + (undetermined.isEmpty() ? " Its sub-judgements do not lower it: " + row + "."
                    : " Whatever " + titles(undetermined) + " turn" + (undetermined.size() == 1 ? "s" : "") + " out to be, its sub-judgements do not lower it.");
        }
        return with(limited, grade, true, grade, basis, List.of(), references.of(atBest.get().rule()), toImprove);
    }

    private static Grade best(AreaJudgement area) {
        return area.determined() ? area.grade() : area.highestPossibleGrade();
    }

    private static Grade worst(AreaJudgement area) {
        return area.determined() ? area.grade() : Grade.INADEQUATE;
    }

    private static AreaJudgement with(AreaJudgement area, Grade grade, boolean determined, Grade highest, String basis,
                                      List<EvidenceGap> moreGaps, RuleReference decidedBy) {
        return with(area, grade, determined, highest, basis, moreGaps, decidedBy, List.of());
    }

    private static AreaJudgement with(AreaJudgement area, Grade grade, boolean determined, Grade highest, String basis,
                                      List<EvidenceGap> moreGaps, RuleReference decidedBy, List<Improvement> moreToImprove) {
        List<EvidenceGap> gaps = new ArrayList<>(area.evidenceGaps());
        gaps.addAll(moreGaps);
        List<Improvement> toImprove = new ArrayList<>(area.toImprove());
        toImprove.addAll(moreToImprove);
        return new AreaJudgement(area.area(), area.title(), grade, determined, highest, basis, area.findings(), List.copyOf(gaps),
                List.copyOf(toImprove), decidedBy);
    }

    private static List<EvidenceGap> gaps(List<AreaJudgement> undetermined) {
        return undetermined.stream().map(area -> {
            EvidenceField practice = EvidenceField.byPath(area.area().practiceQualityPath()).orElseThrow();
            return new EvidenceGap(practice.path(), practice.label(), "Needed to determine " + area.title()
                    + ", a sub-judgement that can limit this judgement.", List.of());
        }).toList();
    }

    private static String titles(List<AreaJudgement> areas) {
        return areas.stream().map(area -> "'" + area.title() + "'").collect(Collectors.joining(" and "));
    }
}

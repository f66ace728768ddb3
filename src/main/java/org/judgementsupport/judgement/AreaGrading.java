package org.judgementsupport.judgement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.judgementsupport.criteria.CitedEvidence;
import org.judgementsupport.criteria.Effect;
import org.judgementsupport.criteria.Finding;
import org.judgementsupport.criteria.SourceCitation;
import org.judgementsupport.evidence.EvidenceField;
import org.judgementsupport.evidence.Indicator;
import org.judgementsupport.evidence.PracticeQuality;
import org.judgementsupport.framework.Framework;
import org.judgementsupport.framework.Grade;
import org.judgementsupport.framework.JudgementArea;
import org.judgementsupport.ruleset.RuleCatalogue;
import org.judgementsupport.ruleset.RuleDescription;
import org.judgementsupport.ruleset.RuleLocation;

/**
 * Grades one area from its findings and the inspectors' evaluation of practice.
 *
 * <p>Any inadequacy trigger makes the area inadequate. Otherwise the evaluation of practice sets the grade, capped by
 * any limit. Without that evaluation the grade is not determined: on 321 real inspections single indicators flagged
 * many authorities Ofsted rated good or outstanding, so indicators alone must not set a grade. The judgement then
 * reports the best grade the evidence still allows and what is missing.
 */
final class AreaGrading {

    private final Framework framework;
    private final Map<String, Indicator> evidence;
    private final RuleCatalogue catalogue;

    AreaGrading(Framework framework, Map<String, Indicator> evidence, RuleCatalogue catalogue) {
        this.framework = framework;
        this.evidence = evidence;
        this.catalogue = catalogue;
    }

    AreaJudgement grade(JudgementArea area, List<Finding> allFindings) {
        List<Finding> findings = allFindings.stream().filter(finding -> framework.areaFor(finding.area()).orElse(null) == area).toList();
        List<Finding> triggers = withEffect(findings, Effect.INADEQUACY_TRIGGER);
        List<Finding> limits = withEffect(findings, Effect.LIMITS_TO_REQUIRES_IMPROVEMENT);
        Grade ceiling = !triggers.isEmpty() ? Grade.INADEQUATE : !limits.isEmpty() ? Grade.REQUIRES_IMPROVEMENT : Grade.OUTSTANDING;
        Optional<PracticeQuality> practice = practiceQuality(area);

        Grade grade;
        String basis;
        if (!triggers.isEmpty()) {
            grade = Grade.INADEQUATE;
            basis = "Inadequate because of " + count(triggers, "inadequacy trigger") + ": " + names(triggers) + ".";
        } else if (practice.isPresent()) {
            Grade practiceGrade = practice.get().grade();
            grade = practiceGrade.capAt(ceiling);
            basis = "Practice evaluated as '" + practice.get().words() + "' (" + practiceGrade.ofstedWording() + ")"
                    + (grade == practiceGrade
                    ? (limits.isEmpty() ? "; no criterion limits it." : "; the limits found do not lower it further: " + names(limits) + ".")
                    : ", limited to " + grade.ofstedWording() + " by " + count(limits, "limit") + ": " + names(limits) + ".");
        } else {
            grade = null;
            basis = "Not determined: the inspectors' evaluation of practice (" + area.practiceQualityPath() + ") is missing, "
                    + "and indicators alone do not set a grade. The evidence allows at best " + ceiling.ofstedWording()
                    + (ceiling == Grade.OUTSTANDING ? "." : ", because of " + names(limits) + ".");
        }
        return new AreaJudgement(area, area.ofstedTitle(), grade, grade != null, grade != null ? grade : ceiling, basis,
                findings.stream().map(this::explain).toList(),
                gaps(area, practice.isPresent()),
                toImprove(triggers, limits, grade, practice),
                null);
    }

    ExplainedFinding explain(Finding finding) {
        RuleLocation location = catalogue.rule(finding.rule()).map(RuleDescription::location).orElse(null);
        String toLift = finding.evidence().stream().map(CitedEvidence::toLift).collect(Collectors.joining(", or "));
        return new ExplainedFinding(finding.rule(), framework.gradedAreaFor(finding.area()), finding.effect(), finding.evidence(),
                toLift, SourceCitation.parse(finding.source()), location);
    }

    private Optional<PracticeQuality> practiceQuality(JudgementArea area) {
        Indicator indicator = evidence.get(area.practiceQualityPath());
        return indicator == null ? Optional.empty() : Optional.of((PracticeQuality) indicator.value());
    }

    /** Missing evidence for this area: the evaluation of practice first, then every indicator the area's criteria read. */
    private List<EvidenceGap> gaps(JudgementArea area, boolean practiceEvaluated) {
        List<EvidenceGap> gaps = new ArrayList<>();
        if (!practiceEvaluated) {
            EvidenceField field = EvidenceField.byPath(area.practiceQualityPath()).orElseThrow();
            gaps.add(new EvidenceGap(field.path(), field.label(),
                    "Needed to determine the grade: without it the judgement says only the best grade the evidence allows.", List.of()));
        }
        Arrays.stream(EvidenceField.values())
                .filter(field -> !field.isPracticeQuality() && !field.isDerived())
                .filter(field -> framework.areaFor(field.informs()).orElse(null) == area)
                .filter(field -> !evidence.containsKey(field.path()))
                .forEach(field -> {
                    List<String> readBy = catalogue.criteriaReading(framework, field.path()).stream().map(RuleDescription::name).toList();
                    gaps.add(new EvidenceGap(field.path(), field.label(), readBy.isEmpty()
                            ? "Informs this area; no criterion reads it yet."
                            : "Read by " + readBy.size() + " criteri" + (readBy.size() == 1 ? "on" : "a") + "; a finding it would give could change this area.",
                            readBy));
                });
        return gaps;
    }

    private static List<Improvement> toImprove(List<Finding> triggers, List<Finding> limits, Grade grade, Optional<PracticeQuality> practice) {
        List<Improvement> changes = new ArrayList<>();
        for (Finding finding : triggers) {
            changes.add(lifting(finding));
        }
        for (Finding finding : limits) {
            changes.add(lifting(finding));
        }
        // Better practice only helps where practice, not a criterion, is what holds the grade down.
        if (triggers.isEmpty() && practice.isPresent() && grade == practice.get().grade() && grade != Grade.OUTSTANDING) {
            Grade better = grade.oneBetter();
            changes.add(new Improvement("Practice would need to be evaluated as '" + PracticeQuality.forGrade(better).words()
                    + "' for " + better.ofstedWording() + (limits.isEmpty() ? "" : ", and the limits above lifted"), null, null));
        }
        return changes;
    }

    private static Improvement lifting(Finding finding) {
        String change = finding.evidence().stream().map(CitedEvidence::toLift).collect(Collectors.joining(", or "));
        return new Improvement(change, finding.rule(), finding.effect());
    }

    private static List<Finding> withEffect(List<Finding> findings, Effect effect) {
        return findings.stream().filter(finding -> finding.effect() == effect).toList();
    }

    private static String names(List<Finding> findings) {
        return findings.stream().map(finding -> "\"" + finding.rule() + "\"").collect(Collectors.joining("; "));
    }

    private static String count(List<Finding> findings, String noun) {
        if (findings.size() > 1) {
            return findings.size() + " " + noun + "s";
        }
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }
}

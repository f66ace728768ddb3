package org.judgementsupport.judgement;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.judgementsupport.criteria.Finding;
import org.judgementsupport.evidence.Evidence;
import org.judgementsupport.evidence.Indicator;
import org.judgementsupport.evidence.Indicators;
import org.judgementsupport.framework.Framework;
import org.judgementsupport.framework.JudgementArea;
import org.judgementsupport.ruleset.RuleSet;

/**
 * Makes provisional judgements with one given rule set: the one in service, a candidate being tried, or the version
 * that made a past judgement. Stateless apart from the rule set, and safe to share between threads.
 */
public final class Judge {

    /** Works out the findings for the evidence under a framework: the rule engine's step in a judgement. */
    @FunctionalInterface
    public interface FindingsEngine {
        List<Finding> findings(Framework framework, Collection<Indicator> indicators);
    }

    private final RuleSet ruleSet;
    private final FindingsEngine engine;

    public Judge(RuleSet ruleSet) {
        this(ruleSet, ruleSet::findings);
    }

    /**
     * With the findings step given: the benchmarks replace it with one that finds nothing, to measure the rule engine's
     * share of a judgement against the rest of the pipeline.
     */
    public Judge(RuleSet ruleSet, FindingsEngine engine) {
        this.ruleSet = ruleSet;
        this.engine = engine;
    }

    /** Evidence in, every graded area of the framework out, explained. */
    public Judgement judge(Evidence evidence) {
        List<String> notices = new ArrayList<>();
        Framework framework = framework(evidence, notices);
        Map<String, Indicator> indicators = new LinkedHashMap<>();
        for (Indicator indicator : Indicators.from(evidence)) {
            boolean notRead = indicator.field().isPracticeQuality()
                    ? !framework.practiceQualityPaths().contains(indicator.path())
                    : framework.areaFor(indicator.field().informs()).isEmpty();
            if (notRead) {
                notices.add(indicator.path() + " is not used under " + framework + ": " + unusedReason(indicator));
                continue;
            }
            indicators.put(indicator.path(), indicator);
        }
        List<Finding> findings = engine.findings(framework, indicators.values());
        RuleReferences references = new RuleReferences(ruleSet.catalogue());

        AreaGrading grading = new AreaGrading(framework, indicators, ruleSet.catalogue());
        List<AreaJudgement> direct = new LimitingJudgements(framework, ruleSet, references)
                .apply(framework.directlyJudgedAreas().stream().map(area -> grading.grade(area, findings)).toList());
        List<AreaJudgement> areas = new ArrayList<>();
        AreaJudgement overall = null;
        if (framework.hasOverallEffectiveness()) {
            overall = new OverallGrading(framework, ruleSet, references).grade(direct);
            areas.add(overall);
        }
        areas.addAll(direct);
        NextSteps nextSteps = new NextStepsPlanning(framework, ruleSet, references)
                .plan(overall, evidence.inspection().previousOverallGrade(), evidence.inspection().startDate());

        Judgement judgement = new Judgement(true, evidence.localAuthority(), evidence.inspection().startDate(), framework,
                evidence.inspection().framework() != null ? Judgement.FrameworkChoice.NAMED_IN_EVIDENCE : Judgement.FrameworkChoice.START_DATE,
                ruleSet.version(), List.copyOf(areas), nextSteps, "", List.copyOf(notices));
        return withSummary(judgement);
    }

    /** Why evidence about a judgement the framework does not make is set aside. */
    private static String unusedReason(Indicator indicator) {
        if (indicator.field().informs() == JudgementArea.ADOPTION_PERFORMANCE) {
            return "adoption has a judgement of its own only under the single inspection framework (SIF_2013); since 2018 it is "
                    + "part of the judgement on children in care, from childrenInCare.practiceQuality.";
        }
        return "practice for children in care and care leavers is evaluated together, from childrenInCare.practiceQuality.";
    }

    private static Framework framework(Evidence evidence, List<String> notices) {
        Framework named = evidence.inspection().framework();
        Framework byDate = Framework.forStartDate(evidence.inspection().startDate()).orElse(null);
        if (named == null) {
            // Evidence validation guarantees a framework covers the date when none is named.
            return byDate;
        }
        if (named != byDate) {
            notices.add("Judged under " + named + " as the evidence asks, although an inspection starting on "
                    + evidence.inspection().startDate() + " falls " + (byDate == null ? "before any supported framework." : "under " + byDate + "."));
        }
        return named;
    }

    private static Judgement withSummary(Judgement judgement) {
        return new Judgement(judgement.provisional(), judgement.localAuthority(), judgement.inspectionStartDate(), judgement.framework(),
                judgement.frameworkChosenBy(), judgement.ruleSetVersion(), judgement.areas(), judgement.nextSteps(),
                JudgementSummary.write(judgement), judgement.notices());
    }
}

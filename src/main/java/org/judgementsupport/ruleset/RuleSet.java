package org.judgementsupport.ruleset;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.judgementsupport.criteria.CitedEvidence;
import org.judgementsupport.criteria.Finding;
import org.judgementsupport.criteria.KeyJudgementsCase;
import org.judgementsupport.criteria.LimitingDecision;
import org.judgementsupport.criteria.NextStepsCase;
import org.judgementsupport.criteria.NextStepsPlan;
import org.judgementsupport.criteria.OverallCase;
import org.judgementsupport.criteria.OverallDecision;
import org.judgementsupport.criteria.ScorePoints;
import org.judgementsupport.criteria.TargetingCase;
import org.judgementsupport.criteria.Trend;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.judgementsupport.criteria.SubJudgementsCase;
import org.judgementsupport.evidence.Indicator;
import org.judgementsupport.framework.Framework;
import org.judgementsupport.framework.Grade;
import org.judgementsupport.framework.JudgementArea;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

/**
 * A compiled rule set, identified by the content hash of its files. Immutable and safe to share between threads:
 * each evaluation runs in its own short-lived session.
 *
 * <p>Sessions are created fresh, not taken from Drools' session pool: a pooled session, once reset, was measured to
 * keep first-match (activation-group) state between uses and gave wrong overall grades, which the grade-table checks
 * caught.
 */
public final class RuleSet {

    /**
     * A judgement fires a few dozen rules; a rule that keeps re-triggering itself would otherwise hang the request.
     */
    static final int MAX_FIRINGS_PER_EVALUATION = 10_000;

    private final String version;
    private final RuleCatalogue catalogue;
    private final KieBase kieBase;
    private final List<SourceFile> files;
    private final Map<String, Integer> catalogueOrder;
    private final List<RuleSetProblem> warnings;
    /**
     * The first-match tables decide from one fact each, so a rule set remembers each decision its tables made: at most
     * 320 ILACS overall cases, 64 SIF overall cases, 16 limiting cases and 8 next-steps cases per table, all met by
     * the checks at load.
     */
    private final Map<OverallCase, Optional<OverallDecision>> overallDecisions = new ConcurrentHashMap<>();
    private final Map<KeyJudgementsCase, Optional<OverallDecision>> sifOverallDecisions = new ConcurrentHashMap<>();
    private final Map<SubJudgementsCase, Optional<LimitingDecision>> limitingDecisions = new ConcurrentHashMap<>();
    private final Map<RuleDescription.Stage, Map<NextStepsCase, Optional<NextStepsPlan>>> nextStepsPlans = new ConcurrentHashMap<>();
    /** The names of each criteria stage's rules, for letting only the framework's own criteria fire. */
    private final Map<RuleDescription.Stage, Set<String>> criteriaNames;

    RuleSet(String version, RuleCatalogue catalogue, KieBase kieBase, List<SourceFile> files, List<RuleSetProblem> warnings) {
        this.version = version;
        this.catalogue = catalogue;
        this.kieBase = kieBase;
        this.files = List.copyOf(files);
        this.warnings = List.copyOf(warnings);
        Map<String, Integer> order = new HashMap<>();
        for (RuleDescription rule : catalogue.rules()) {
            order.putIfAbsent(rule.name(), order.size());
        }
        this.catalogueOrder = Map.copyOf(order);
        Map<RuleDescription.Stage, Set<String>> names = new EnumMap<>(RuleDescription.Stage.class);
        for (RuleDescription.Stage stage : RuleDescription.Stage.values()) {
            if (stage.isCriteria()) {
                names.put(stage, catalogue.rules(stage).stream().map(RuleDescription::name).collect(Collectors.toUnmodifiableSet()));
            }
        }
        this.criteriaNames = names;
    }

    /** SHA-256 of the rule set's files; every judgement records it. */
    public String version() {
        return version;
    }

    public RuleCatalogue catalogue() {
        return catalogue;
    }

    /** Problems found that do not stop the rule set going live, such as two rows giving the same finding. */
    public List<RuleSetProblem> warnings() {
        return warnings;
    }

    RuleSet withWarnings(List<RuleSetProblem> found) {
        RuleSet withWarnings = new RuleSet(version, catalogue, kieBase, files, found);
        withWarnings.overallDecisions.putAll(overallDecisions);
        withWarnings.sifOverallDecisions.putAll(sifOverallDecisions);
        withWarnings.limitingDecisions.putAll(limitingDecisions);
        nextStepsPlans.forEach((stage, plans) -> withWarnings.nextStepsPlans.put(stage, new ConcurrentHashMap<>(plans)));
        return withWarnings;
    }

    /** The files the rule set was built from, exactly as read. */
    public List<SourceFile> files() {
        return files;
    }

    /** Runs the ILACS criteria over the evidence; see {@link #findings(Framework, Collection)}. */
    public List<Finding> findings(Collection<Indicator> indicators) {
        return findings(RuleDescription.Stage.CRITERION, indicators);
    }

    /**
     * Runs the framework's criteria over the evidence: the SIF's for an inspection under the SIF, the ILACS criteria
     * otherwise. Findings come back most severe first, then in the order the rules are written, so the same evidence
     * always gives the same list; a rule that fired more than once (on different evidence) gives one finding citing
     * all of it.
     */
    public List<Finding> findings(Framework framework, Collection<Indicator> indicators) {
        return findings(RuleDescription.Stage.criteriaUnder(framework), indicators);
    }

    private List<Finding> findings(RuleDescription.Stage stage, Collection<Indicator> indicators) {
        KieSession session = kieBase.newKieSession();
        try {
            indicators.forEach(session::insert);
            if (stage == RuleDescription.Stage.CRITERION) {
                // The ILACS criteria are in the default group; the SIF's are in a group this session never focuses.
                fire(session);
            } else {
                // The framework's criteria have a group of their own; once it is done Drools would go on to the default
                // group, so only this stage's rules may fire.
                Set<String> own = criteriaNames.getOrDefault(stage, Set.of());
                session.getAgenda().getAgendaGroup(stage.group()).setFocus();
                checkFirings(session.fireAllRules(match -> own.contains(match.getRule().getName()), MAX_FIRINGS_PER_EVALUATION));
            }
            // Working memory hands facts back in an order that varies from run to run; the findings of one rule are
            // merged in a fixed order, so the same evidence always gives the same judgement, byte for byte, and replays.
            List<Finding> fired = new ArrayList<>();
            for (Object fact : session.getObjects(fact -> fact instanceof Finding)) {
                fired.add((Finding) fact);
            }
            fired.sort(Comparator.comparing(Finding::rule).thenComparing(RuleSet::citedKey));
            Map<String, Finding> byRule = new LinkedHashMap<>();
            for (Finding finding : fired) {
                byRule.merge(finding.rule(), finding, RuleSet::mergeEvidence);
            }
            List<Finding> findings = new ArrayList<>(byRule.values());
            findings.sort(Comparator.comparing(Finding::effect)
                    .thenComparing(finding -> catalogueOrder.getOrDefault(finding.rule(), Integer.MAX_VALUE))
                    .thenComparing(Finding::rule));
            return findings;
        } finally {
            session.dispose();
        }
    }

    /** The (ILACS) overall-effectiveness table's decision for these area grades: its first matching row, if any. */
    public Optional<OverallDecision> overallEffectiveness(OverallCase areaGrades) {
        return overallDecisions.computeIfAbsent(areaGrades,
                key -> decide(RuleDescription.Stage.OVERALL_EFFECTIVENESS, key, OverallDecision.class));
    }

    /**
     * The framework's overall-effectiveness table's decision for the grades of the areas overall effectiveness follows
     * from ({@link Framework#overallFollowsFrom()}); other areas' grades are ignored.
     */
    public Optional<OverallDecision> overallEffectiveness(Framework framework, Map<JudgementArea, Grade> areaGrades) {
        if (RuleDescription.Stage.overallUnder(framework) == RuleDescription.Stage.SIF_OVERALL_EFFECTIVENESS) {
            return sifOverallDecisions.computeIfAbsent(KeyJudgementsCase.of(areaGrades),
                    key -> decide(RuleDescription.Stage.SIF_OVERALL_EFFECTIVENESS, key, OverallDecision.class));
        }
        Map<JudgementArea, Grade> followedFrom = new EnumMap<>(JudgementArea.class);
        framework.overallFollowsFrom().forEach(area -> {
            if (areaGrades.containsKey(area)) {
                followedFrom.put(area, areaGrades.get(area));
            }
        });
        return overallEffectiveness(OverallCase.of(followedFrom));
    }

    /** The SIF's limiting-judgements table's decision for these sub-judgement grades: the best children looked after can be. */
    public Optional<LimitingDecision> limitingJudgement(SubJudgementsCase subJudgements) {
        return limitingDecisions.computeIfAbsent(subJudgements,
                key -> decide(RuleDescription.Stage.SIF_LIMITING_JUDGEMENTS, key, LimitingDecision.class));
    }

    /** The (ILACS) next-steps table's decision for this overall grade, if any row matches. */
    public Optional<NextStepsPlan> nextSteps(NextStepsCase basis) {
        return nextSteps(RuleDescription.Stage.NEXT_STEPS, basis);
    }

    /** The framework's next-steps table's decision for this overall grade, if any row matches. */
    public Optional<NextStepsPlan> nextSteps(Framework framework, NextStepsCase basis) {
        return nextSteps(RuleDescription.Stage.nextStepsUnder(framework), basis);
    }

    private Optional<NextStepsPlan> nextSteps(RuleDescription.Stage stage, NextStepsCase basis) {
        return nextStepsPlans.computeIfAbsent(stage, key -> new ConcurrentHashMap<>())
                .computeIfAbsent(basis, key -> decide(stage, key, NextStepsPlan.class));
    }

    /**
     * The targeting score table's points for one authority: every row that matches its findings, trends and history,
     * once for each finding or trend a row counts. In the order the rows are written, then by what they counted, so the
     * same case always gives the same list. Only the table's rules run: rules that combine findings have already run.
     */
    public List<ScorePoints> targetingPoints(TargetingCase authority, Collection<Finding> findings, Collection<Trend> trends) {
        KieSession session = kieBase.newKieSession();
        try {
            session.insert(authority);
            findings.forEach(session::insert);
            trends.forEach(session::insert);
            String group = RuleDescription.Stage.TARGETING.group();
            session.getAgenda().getAgendaGroup(group).setFocus();
            int fired = session.fireAllRules(match -> group.equals(((RuleImpl) match.getRule()).getAgendaGroup()), MAX_FIRINGS_PER_EVALUATION);
            if (fired >= MAX_FIRINGS_PER_EVALUATION) {
                throw new IllegalStateException("the targeting score table fired " + fired + " times for one authority and was stopped");
            }
            List<ScorePoints> points = new ArrayList<>();
            session.getObjects(fact -> fact instanceof ScorePoints).forEach(fact -> points.add((ScorePoints) fact));
            points.sort(Comparator.comparing((ScorePoints award) -> catalogueOrder.getOrDefault(award.rule(), Integer.MAX_VALUE))
                    .thenComparing(award -> award.finding() == null ? "" : award.finding().rule())
                    .thenComparing(award -> award.trend() == null ? "" : award.trend().path()));
            return points;
        } finally {
            session.dispose();
        }
    }

    private <T> Optional<T> decide(RuleDescription.Stage stage, Object input, Class<T> decisionType) {
        KieSession session = kieBase.newKieSession();
        try {
            session.insert(input);
            session.getAgenda().getAgendaGroup(stage.group()).setFocus();
            fire(session);
            return session.getObjects(decisionType::isInstance).stream().map(decisionType::cast).findFirst();
        } finally {
            session.dispose();
        }
    }

    private static void fire(KieSession session) {
        checkFirings(session.fireAllRules(MAX_FIRINGS_PER_EVALUATION));
    }

    private static void checkFirings(int fired) {
        if (fired >= MAX_FIRINGS_PER_EVALUATION) {
            throw new IllegalStateException("the rules fired " + fired + " times on one evaluation and were stopped: "
                    + "a rule is probably re-triggering itself");
        }
    }

    private static String citedKey(Finding finding) {
        StringBuilder key = new StringBuilder();
        finding.evidence().forEach(cited -> key.append(cited.field()).append('=').append(cited.value()).append(';'));
        return key.toString();
    }

    private static Finding mergeEvidence(Finding first, Finding second) {
        Map<String, CitedEvidence> evidence = new LinkedHashMap<>();
        first.evidence().forEach(cited -> evidence.put(cited.field(), cited));
        second.evidence().forEach(cited -> evidence.putIfAbsent(cited.field(), cited));
        return new Finding(first.rule(), first.area(), first.effect(), new ArrayList<>(evidence.values()), first.source());
    }
}

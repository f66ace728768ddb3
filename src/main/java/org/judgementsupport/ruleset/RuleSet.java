package org.judgementsupport.ruleset;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.judgementsupport.criteria.CitedEvidence;
import org.judgementsupport.criteria.Finding;
import org.judgementsupport.criteria.NextStepsCase;
import org.judgementsupport.criteria.NextStepsPlan;
import org.judgementsupport.criteria.OverallCase;
import org.judgementsupport.criteria.OverallDecision;
import org.judgementsupport.criteria.ScorePoints;
import org.judgementsupport.criteria.TargetingCase;
import org.judgementsupport.criteria.Trend;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.judgementsupport.evidence.Indicator;
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
     * The overall-effectiveness and next-steps tables decide from one fact each, so a rule set remembers each
     * decision its tables made: at most 320 overall cases and 8 next-steps cases, all met by the checks at load.
     */
    private final Map<OverallCase, Optional<OverallDecision>> overallDecisions = new ConcurrentHashMap<>();
    private final Map<NextStepsCase, Optional<NextStepsPlan>> nextStepsPlans = new ConcurrentHashMap<>();

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
        withWarnings.nextStepsPlans.putAll(nextStepsPlans);
        return withWarnings;
    }

    /** The files the rule set was built from, exactly as read. */
    public List<SourceFile> files() {
        return files;
    }

    /**
     * Runs the criteria over the evidence. Findings come back most severe first, then in the order the rules are
     * written, so the same evidence always gives the same list; a rule that fired more than once (on different
     * evidence) gives one finding citing all of it.
     */
    public List<Finding> findings(Collection<Indicator> indicators) {
        KieSession session = kieBase.newKieSession();
        try {
            indicators.forEach(session::insert);
            fire(session);
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

    /** The overall-effectiveness table's decision for these area grades: its first matching row, if any. */
    public Optional<OverallDecision> overallEffectiveness(OverallCase areaGrades) {
        return overallDecisions.computeIfAbsent(areaGrades,
                key -> decide(RuleDescription.Stage.OVERALL_EFFECTIVENESS, key, OverallDecision.class));
    }

    /** The next-steps table's decision for this overall grade, if any row matches. */
    public Optional<NextStepsPlan> nextSteps(NextStepsCase basis) {
        return nextStepsPlans.computeIfAbsent(basis,
                key -> decide(RuleDescription.Stage.NEXT_STEPS, key, NextStepsPlan.class));
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
        int fired = session.fireAllRules(MAX_FIRINGS_PER_EVALUATION);
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

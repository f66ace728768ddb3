package org.judgementsupport.benchmark.peers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.judgementsupport.criteria.Effect;
import org.judgementsupport.criteria.OverallCase;
import org.judgementsupport.criteria.OverallDecision;
import org.judgementsupport.evidence.Evidence;
import org.judgementsupport.evidence.Indicator;
import org.judgementsupport.framework.Grade;
import org.judgementsupport.framework.JudgementArea;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieRuntimeFactory;
import org.kie.dmn.api.core.DMNContext;
import org.kie.dmn.api.core.DMNDecisionResult;
import org.kie.dmn.api.core.DMNModel;
import org.kie.dmn.api.core.DMNResult;
import org.kie.dmn.api.core.DMNRuntime;
import org.kie.dmn.api.core.ast.InputDataNode;

/**
 * The criteria in Apache KIE's DMN engine: the model {@link CriteriaDmn} writes from the workbooks, compiled through
 * KIE's public API as a team adopting DMN would (a .dmn resource in a KIE module, its {@link DMNRuntime} from the
 * knowledge base), with the engine's default options.
 *
 * <p>Per judgement the "Findings" decision is evaluated with the evidence as one input per group, numbers already
 * decimals as FEEL holds them; the areas are then
 * graded as for every engine, and the overall-effectiveness decision is evaluated for area grades not met before:
 * like the service, it remembers the table's decisions (at most 320 cases), as a DMN evaluation costs far more than
 * the lookup.
 *
 * <p>KIE's optional compilation of decision tables to a Drools alpha network ({@code org.kie.dmn.compiler.alphanetwork})
 * was tried and is not used: in 10.2.0 it generates Java that does not compile for these tables' string tests
 * ({@code "INADEQUATE"}).
 */
final class DmnCriteria implements CriteriaEngine {

    private static final AtomicLong BUILDS = new AtomicLong();
    private static final Comparator<Outcome.OutcomeFinding> MOST_SEVERE_FIRST = Comparator.comparing(Outcome.OutcomeFinding::effect);

    private final DMNRuntime runtime;
    private final DMNModel model;
    /** The model's evidence inputs: every one must be in the context, null when the evidence has nothing in that group. */
    private final List<String> evidenceGroups;
    private final Map<OverallCase, Optional<OverallDecision>> overallDecisions = new ConcurrentHashMap<>();

    private DmnCriteria(DMNRuntime runtime, DMNModel model) {
        this.runtime = runtime;
        this.model = model;
        this.evidenceGroups = model.getInputs().stream().map(InputDataNode::getName).filter(name -> !CriteriaDmn.OVERALL_INPUTS.contains(name)).toList();
    }

    /** Compiles the model with the engine's defaults; any error the KIE builder or the DMN compiler reports stops the build. */
    static DmnCriteria build(String dmnXml) {
        KieServices kieServices = KieServices.get();
        ReleaseId releaseId = kieServices.newReleaseId("org.judgementsupport.peers", "dmn-" + BUILDS.incrementAndGet(), "1.0.0");
        KieFileSystem files = kieServices.newKieFileSystem();
        files.generateAndWritePomXML(releaseId);
        files.write("src/main/resources/org/judgementsupport/criteria.dmn", dmnXml);
        KieBuilder builder = kieServices.newKieBuilder(files).buildAll();
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            throw new IllegalStateException("the DMN model does not build: " + errors);
        }
        DMNRuntime runtime = KieRuntimeFactory.of(kieServices.newKieContainer(releaseId).getKieBase()).get(DMNRuntime.class);
        kieServices.getRepository().removeKieModule(releaseId);
        DMNModel model = runtime.getModel(CriteriaDmn.NAMESPACE, CriteriaDmn.MODEL_NAME);
        if (model == null || model.hasErrors()) {
            throw new IllegalStateException("the DMN model does not compile: " + (model == null ? "no model" : model.getMessages()));
        }
        return new DmnCriteria(runtime, model);
    }

    @Override
    public Outcome judge(Evidence evidence) {
        CaseInput input = CaseInput.of(evidence);
        DMNContext context = runtime.newContext();
        Map<String, Map<String, Object>> groups = new HashMap<>();
        for (Indicator indicator : input.indicators()) {
            String path = indicator.path();
            int dot = path.indexOf('.');
            Object value = indicator.value();
            groups.computeIfAbsent(path.substring(0, dot), group -> new HashMap<>()).put(path.substring(dot + 1), feelValue(value));
        }
        for (String group : evidenceGroups) {
            context.set(group, groups.get(group));
        }
        List<?> found = (List<?>) decide(CriteriaDmn.FINDINGS, context);
        List<Outcome.OutcomeFinding> findings = new ArrayList<>(found.size());
        for (Object item : found) {
            findings.add(finding((Map<?, ?>) item));
        }
        // The model lists findings in the order the rules are written; most severe first is the service's ordering.
        findings.sort(MOST_SEVERE_FIRST);
        return Grading.grade(input, findings, this::overallEffectiveness);
    }

    /**
     * A value as FEEL holds it: numbers as decimals, a practice evaluation by name. Given a {@code Double}, the engine
     * converts it again in every cell that reads it, by way of its decimal string and a regular expression.
     */
    private static Object feelValue(Object value) {
        if (value instanceof Double decimal) {
            return BigDecimal.valueOf(decimal);
        }
        if (value instanceof Integer whole) {
            return BigDecimal.valueOf(whole);
        }
        return value instanceof Enum<?> named ? named.name() : value;
    }

    private Optional<OverallDecision> overallEffectiveness(OverallCase areaGrades) {
        return overallDecisions.computeIfAbsent(areaGrades, this::evaluateOverall);
    }

    private Optional<OverallDecision> evaluateOverall(OverallCase areaGrades) {
        DMNContext context = runtime.newContext();
        context.set(CriteriaDmn.LEADERS, areaGrades.leaders().name());
        context.set(CriteriaDmn.WORST_PRACTICE_AREA, areaGrades.worstPracticeArea().name());
        context.set(CriteriaDmn.LEADERS_RANK, areaGrades.leaders().rank());
        context.set(CriteriaDmn.WORST_PRACTICE_AREA_RANK, areaGrades.worstPracticeArea().rank());
        context.set(CriteriaDmn.REQUIRING_IMPROVEMENT, areaGrades.practiceAreasRequiringImprovement());
        context.set(CriteriaDmn.OUTSTANDING, areaGrades.outstandingPracticeAreas());
        Map<?, ?> row = (Map<?, ?>) decide(CriteriaDmn.OVERALL_EFFECTIVENESS, context);
        return row == null ? Optional.empty() : Optional.of(new OverallDecision((String) row.get("rule"), Grade.valueOf((String) row.get("grade"))));
    }

    private Object decide(String decision, DMNContext context) {
        DMNResult result = runtime.evaluateDecisionByName(model, decision, context);
        DMNDecisionResult decided = result.getDecisionResultByName(decision);
        if (result.hasErrors() || decided.getEvaluationStatus() != DMNDecisionResult.DecisionEvaluationStatus.SUCCEEDED) {
            throw new IllegalStateException("DMN decision '" + decision + "' failed: " + result.getMessages());
        }
        return decided.getResult();
    }

    private static Outcome.OutcomeFinding finding(Map<?, ?> finding) {
        List<?> evidence = (List<?>) finding.get("evidence");
        List<Outcome.Cited> cited = new ArrayList<>(evidence.size());
        for (Object item : evidence) {
            Map<?, ?> piece = (Map<?, ?>) item;
            cited.add(new Outcome.Cited((String) piece.get("field"), piece.get("value"), (BigDecimal) piece.get("threshold")));
        }
        return new Outcome.OutcomeFinding((String) finding.get("rule"), JudgementArea.valueOf((String) finding.get("area")),
                Effect.valueOf((String) finding.get("effect")), cited);
    }
}

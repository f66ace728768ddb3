package org.judgementsupport.ruleset;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.judgementsupport.criteria.Criterion;
import org.judgementsupport.criteria.Effect;
import org.judgementsupport.criteria.Finding;
import org.judgementsupport.criteria.KeyJudgementsCase;
import org.judgementsupport.criteria.NextStepsCase;
import org.judgementsupport.criteria.OverallCase;
import org.judgementsupport.criteria.TargetingCase;
import org.judgementsupport.criteria.Trend;
import org.judgementsupport.criteria.SubJudgementsCase;
import org.judgementsupport.evidence.Indicator;
import org.judgementsupport.evidence.InspectionType;
import org.judgementsupport.evidence.PracticeQuality;
import org.judgementsupport.framework.Grade;
import org.judgementsupport.framework.JudgementArea;

/**
 * Everything rule code may name: the judgement model, and nothing else. Rule files and decision tables are data that
 * policy staff own, so this is an allowlist, not a list of dangers:
 * <ul>
 *   <li>the <b>facts</b> a pattern may match, and the properties of theirs a constraint may read;</li>
 *   <li>the few <b>methods</b> of the model a constraint may call, and the one static method, {@code Criterion.parse};</li>
 *   <li>the <b>enumerations</b> whose values rule code may name ({@code Effect.CONCERN}, {@code Grade.GOOD} …);</li>
 *   <li>the <b>calls a consequence may make</b>: {@code insert(Findings.cite(…))} and the like, which emit a finding or
 *       a table's decision and do nothing else.</li>
 * </ul>
 * No Java library, no {@code new}, no other statement. Widening this list is a code change, reviewed as one.
 */
final class RuleModel {

    /**
     * Fact types patterns may match, by the simple name rule code uses. The targeting score table reads the authority's
     * inspection history ({@link TargetingCase}) and how its figures moved ({@link Trend}) besides its findings: scoring
     * where to look next needs both, and both are plain values the service makes from published data.
     */
    private static final Map<String, Class<?>> FACTS = ordered(Indicator.class, Finding.class, OverallCase.class, NextStepsCase.class,
            TargetingCase.class, Trend.class,
            // The single inspection framework's tables: its overall table reads its three key judgements, its limiting
            // judgements the two graded sub-judgements of children looked after. Plain grades and counts, like OverallCase.
            KeyJudgementsCase.class, SubJudgementsCase.class);

    /** Enumerations whose constants rule code may name. */
    private static final Map<String, Class<?>> ENUMS = ordered(Effect.class, Grade.class, JudgementArea.class, InspectionType.class,
            PracticeQuality.class);

    /** Methods a constraint may call on a value of the type: all of them answer a question and change nothing. */
    private static final Map<Class<?>, Set<String>> METHODS = Map.of(
            Finding.class, Set.of("cites"),
            Criterion.class, Set.of("isMetBy"),
            Grade.class, Set.of("isAtLeast", "isBetterThan"));

    /** Static methods a constraint may call: reading a criterion written the way policy staff write it. */
    private static final Map<Class<?>, Set<String>> STATICS = Map.of(Criterion.class, Set.of("parse"));

    /**
     * What a consequence may call, inside {@code insert(…)}: each makes one finding, decision or award of points from its
     * arguments. {@link Scores} gives the targeting score table's points, each naming its row and what it counted.
     */
    private static final Map<Class<?>, Set<String>> EMITTERS = Map.of(
            Findings.class, Set.of("cite", "combine"),
            // "limit" records the limiting-judgements table's decision: the best grade a judgement can have.
            Decisions.class, Set.of("overall", "nextSteps", "limit"),
            Scores.class, Set.of("perFinding", "perTrend", "once"));

    /** Every type rule code may import, by simple name. */
    private static final Map<String, Class<?>> IMPORTABLE = importable();

    private RuleModel() {
    }

    static Optional<Class<?>> importable(String simpleName) {
        return Optional.ofNullable(IMPORTABLE.get(simpleName));
    }

    static boolean isImportable(String qualifiedName) {
        return IMPORTABLE.values().stream().anyMatch(type -> type.getName().equals(qualifiedName));
    }

    /** The qualified names rule code may import, for messages and the README. */
    static List<String> importableNames() {
        return IMPORTABLE.values().stream().map(Class::getName).toList();
    }

    static Optional<Class<?>> fact(String simpleOrQualifiedName) {
        return FACTS.values().stream()
                .filter(type -> type.getSimpleName().equals(simpleOrQualifiedName) || type.getName().equals(simpleOrQualifiedName))
                .findFirst();
    }

    static Set<String> factNames() {
        return FACTS.keySet();
    }

    static boolean isEnum(Class<?> type) {
        return ENUMS.containsValue(type);
    }

    static boolean isEmitter(Class<?> type) {
        return EMITTERS.containsKey(type);
    }

    /**
     * The type a fact's property reads as, for properties of plain values only (text, numbers, yes/no, the model's
     * enumerations, or the evidence value itself); lists and maps stay out of reach.
     */
    static Optional<Class<?>> property(Class<?> fact, String name) {
        if (!FACTS.containsValue(fact) || !fact.isRecord()) {
            return Optional.empty();
        }
        return Arrays.stream(fact.getRecordComponents())
                .filter(component -> component.getName().equals(name))
                .map(RecordComponent::getType)
                .filter(RuleModel::isPlainValue)
                .findFirst();
    }

    /** The public method of that name the model lets a constraint call on a value of this type. */
    static Optional<Method> method(Class<?> owner, String name) {
        return allowed(owner, name, METHODS, false);
    }

    static Optional<Method> staticMethod(Class<?> owner, String name) {
        return allowed(owner, name, STATICS, true);
    }

    static Optional<Method> emitter(Class<?> owner, String name) {
        return allowed(owner, name, EMITTERS, true);
    }

    /** The enum constant, when the type is a model enumeration that has it. */
    static boolean hasConstant(Class<?> enumType, String name) {
        return isEnum(enumType) && Arrays.stream(enumType.getEnumConstants()).anyMatch(constant -> ((Enum<?>) constant).name().equals(name));
    }

    private static Optional<Method> allowed(Class<?> owner, String name, Map<Class<?>, Set<String>> list, boolean isStatic) {
        if (!list.getOrDefault(owner, Set.of()).contains(name)) {
            return Optional.empty();
        }
        return Arrays.stream(owner.getMethods())
                .filter(method -> method.getName().equals(name) && Modifier.isStatic(method.getModifiers()) == isStatic)
                .findFirst();
    }

    private static boolean isPlainValue(Class<?> type) {
        return type == String.class || type == Object.class || type == Boolean.class || type == boolean.class
                || Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != void.class) || ENUMS.containsValue(type);
    }

    private static Map<String, Class<?>> importable() {
        Map<String, Class<?>> types = new LinkedHashMap<>(FACTS);
        types.putAll(ENUMS);
        types.put(Criterion.class.getSimpleName(), Criterion.class);
        types.put(Findings.class.getSimpleName(), Findings.class);
        types.put(Decisions.class.getSimpleName(), Decisions.class);
        types.put(Scores.class.getSimpleName(), Scores.class);
        return java.util.Collections.unmodifiableMap(types);
    }

    private static Map<String, Class<?>> ordered(Class<?>... types) {
        Map<String, Class<?>> byName = new LinkedHashMap<>();
        for (Class<?> type : types) {
            byName.put(type.getSimpleName(), type);
        }
        return byName;
    }
}

package org.judgementsupport.ruleset;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.judgementsupport.criteria.Effect;
import org.judgementsupport.framework.Framework;
import org.judgementsupport.framework.JudgementArea;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Every rule and table row of a rule set: its name, stage, area, effect, the evidence and criteria it uses, its
 * source and where it is written. Built once when a rule set is loaded.
 */
public final class RuleCatalogue {

    /** Metadata every rule declares; see {@code rules/README.md}. */
    static final String AREA = "area";
    static final String SOURCE = "source";
    static final String BENCHMARK = "benchmark";

    private static final Pattern EVIDENCE_PATH = Pattern.compile("(?:\\bpath\\s*==\\s*|\\bcites\\s*\\(\\s*)\"([^\"]+)\"");
    /** Criteria emit findings with their effect written in the consequence: Findings.cite(drools, Effect.X, …). */
    private static final Pattern EMITTED_EFFECT = Pattern.compile("\\bFindings\\s*\\.\\s*(?:cite|combine)\\s*\\(\\s*\\w+\\s*,\\s*Effect\\s*\\.\\s*(\\w+)");
    private static final Pattern CRITERION = Pattern.compile("\\bCriterion\\.parse\\s*\\(\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*\\)");

    private final List<RuleDescription> rules;
    private final Map<String, RuleDescription> byName;
    /** Indexes built once: explaining evidence gaps asks these for every missing field of every judgement. */
    private final Map<RuleDescription.Stage, List<RuleDescription>> byStage;
    private final Map<String, List<RuleDescription>> criteriaByField;

    private RuleCatalogue(List<RuleDescription> rules) {
        this.rules = List.copyOf(rules);
        Map<String, RuleDescription> index = new HashMap<>();
        rules.forEach(rule -> index.putIfAbsent(rule.name(), rule));
        this.byName = Map.copyOf(index);
        this.byStage = rules.stream().filter(rule -> rule.stage() != null)
                .collect(Collectors.groupingBy(RuleDescription::stage, () -> new EnumMap<>(RuleDescription.Stage.class), Collectors.toUnmodifiableList()));
        Map<String, List<RuleDescription>> byField = new HashMap<>();
        for (RuleDescription rule : rules) {
            if (rule.stage() != null && rule.stage().isCriteria()) {
                rule.evidence().stream().map(RuleDescription.EvidenceUse::field).distinct()
                        .forEach(field -> byField.computeIfAbsent(field, key -> new ArrayList<>()).add(rule));
            }
        }
        this.criteriaByField = byField.entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, entry -> List.copyOf(entry.getValue())));
    }

    public List<RuleDescription> rules() {
        return rules;
    }

    public Optional<RuleDescription> rule(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public List<RuleDescription> rules(RuleDescription.Stage stage) {
        return byStage.getOrDefault(stage, List.of());
    }

    /** The criteria, of any framework, that read that evidence. */
    public List<RuleDescription> criteriaReading(String field) {
        return criteriaByField.getOrDefault(field, List.of());
    }

    /** The framework's criteria that read that evidence, e.g. to say why a missing field matters. */
    public List<RuleDescription> criteriaReading(Framework framework, String field) {
        RuleDescription.Stage stage = RuleDescription.Stage.criteriaUnder(framework);
        return criteriaReading(field).stream().filter(rule -> rule.stage() == stage).toList();
    }

    /**
     * Describes every rule in the knowledge base, finding each one's text and location in the sources it was compiled
     * from. Metadata that cannot be read (an unknown area, say) is left empty here and reported by
     * {@link RuleSetChecks}.
     */
    static RuleCatalogue describe(KieBase kieBase, List<RuleSource> sources) {
        Map<String, WrittenRule> written = new LinkedHashMap<>();
        for (RuleSource source : sources) {
            for (WrittenRule rule : writtenRules(source)) {
                written.putIfAbsent(rule.packageName() + "/" + rule.name(), rule);
            }
        }
        List<RuleDescription> rules = new ArrayList<>();
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                WrittenRule text = written.get(kiePackage.getName() + "/" + rule.getName());
                Map<String, Object> metadata = rule.getMetaData();
                String agendaGroup = ((RuleImpl) rule).getAgendaGroup();
                rules.add(new RuleDescription(
                        rule.getName(),
                        RuleDescription.Stage.ofGroup(agendaGroup).orElse(null),
                        parse(JudgementArea.class, metadata.get(AREA)),
                        text == null ? null : emittedEffect(text.text()),
                        text == null ? List.of() : evidenceUses(text.text()),
                        text(metadata.get(SOURCE)),
                        text(metadata.get(BENCHMARK)),
                        text == null ? RuleLocation.ofFile(kiePackage.getName()) : text.location()));
            }
        }
        rules.sort(Comparator.comparing(RuleDescription::location, RuleLocation.READING_ORDER));
        return new RuleCatalogue(rules);
    }

    /** A rule as written in its source: its package, name, text and location. */
    record WrittenRule(String packageName, String name, String text, RuleLocation location) {
    }

    static List<WrittenRule> writtenRules(RuleSource source) {
        PackageDescr parsed;
        try {
            parsed = new DrlParser().parse(false, source.drl());
        } catch (DroolsParserException e) {
            return List.of();
        }
        if (parsed == null) {
            return List.of();
        }
        List<WrittenRule> rules = new ArrayList<>();
        for (RuleDescr rule : parsed.getRules()) {
            int start = Math.max(0, rule.getStartCharacter());
            int end = rule.getEndCharacter() > start ? Math.min(source.drl().length(), rule.getEndCharacter() + 1) : source.drl().length();
            rules.add(new WrittenRule(parsed.getName(), rule.getName(), source.drl().substring(start, end),
                    source.locate(rule.getLine())));
        }
        return rules;
    }

    /** The evidence a rule's text reads, paired with the criterion that follows each path in the same pattern. */
    static List<RuleDescription.EvidenceUse> evidenceUses(String ruleText) {
        List<RuleDescription.EvidenceUse> uses = new ArrayList<>();
        Matcher path = EVIDENCE_PATH.matcher(ruleText);
        List<int[]> positions = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        while (path.find()) {
            positions.add(new int[] {path.start(), path.end()});
            fields.add(path.group(1));
        }
        for (int index = 0; index < fields.size(); index++) {
            int from = positions.get(index)[1];
            int to = index + 1 < fields.size() ? positions.get(index + 1)[0] : ruleText.length();
            Matcher criterion = CRITERION.matcher(ruleText.substring(from, to));
            boolean isPattern = ruleText.startsWith("path", positions.get(index)[0]);
            uses.add(new RuleDescription.EvidenceUse(fields.get(index),
                    isPattern && criterion.find() ? criterion.group(1).replace("\\\"", "\"") : null));
        }
        return uses;
    }

    /** The effect a rule's consequence emits, or null when it emits no finding or names no effect that exists. */
    static Effect emittedEffect(String ruleText) {
        Matcher effect = EMITTED_EFFECT.matcher(ruleText);
        return effect.find() ? parse(Effect.class, effect.group(1)) : null;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, Object value) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toString().trim());
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static String text(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString().trim();
    }
}

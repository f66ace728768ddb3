package org.judgementsupport.rulechange;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.judgementsupport.ruleset.RuleSet;
import org.judgementsupport.ruleset.RuleSetLoader;
import org.judgementsupport.ruleset.RuleSetProblem;
import org.judgementsupport.ruleset.RuleSetRegistry;
import org.springframework.stereotype.Component;

/**
 * Any version the archive holds, compiled, to re-run a past judgement with exactly the rules that made it or to
 * compare a candidate with the version in service. Recently used versions stay compiled.
 */
@Component
public class CompiledVersions {

    private static final int KEPT = 8;

    private final RuleSetArchive archive;
    private final RuleSetLoader loader;
    private final RuleSetRegistry registry;
    private final Map<String, RuleSet> compiled = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, RuleSet> eldest) {
            return size() > KEPT;
        }
    });

    public CompiledVersions(RuleSetArchive archive, RuleSetLoader loader, RuleSetRegistry registry) {
        this.archive = archive;
        this.loader = loader;
        this.registry = registry;
    }

    /**
     * The version compiled, or nothing if the archive does not hold it, it never compiled, or checking it took more time
     * or memory than a candidate may: judging with it here would cost the service the same.
     */
    public Optional<RuleSet> get(String version) {
        RuleSet active = registry.active();
        if (active.version().equals(version)) {
            return Optional.of(active);
        }
        RuleSet cached = compiled.get(version);
        if (cached != null) {
            return Optional.of(cached);
        }
        boolean overBudget = archive.report(version).stream().flatMap(report -> report.errors().stream())
                .anyMatch(problem -> problem.kind() == RuleSetProblem.Kind.TOO_MUCH_WORK);
        if (overBudget) {
            return Optional.empty();
        }
        return archive.snapshot(version).flatMap(snapshot -> {
            try {
                RuleSet ruleSet = loader.load(snapshot);
                compiled.put(version, ruleSet);
                return Optional.of(ruleSet);
            } catch (RuntimeException didNotCompile) {
                return Optional.empty();
            }
        });
    }
}

package org.judgementsupport.rulechange;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Optional;
import org.judgementsupport.ruleset.RuleSet;
import org.judgementsupport.ruleset.RuleSetLoader;
import org.judgementsupport.ruleset.RuleSetProblem;
import org.judgementsupport.ruleset.RuleSetRegistry;
import org.judgementsupport.ruleset.RuleSetVersions;
import org.springframework.stereotype.Component;

/**
 * The versions the archive holds, compiled on first use. The version in service is the registry's own; a few others
 * recently used stay compiled, and two requests for the same version wait for one compilation rather than making two.
 */
@Component
class CompiledVersions implements RuleSetVersions {

    private static final int KEPT = 8;

    private final RuleSetArchive archive;
    private final RuleSetLoader loader;
    private final RuleSetRegistry registry;
    private final Cache<String, RuleSet> compiled = Caffeine.newBuilder().maximumSize(KEPT).build();

    CompiledVersions(RuleSetArchive archive, RuleSetLoader loader, RuleSetRegistry registry) {
        this.archive = archive;
        this.loader = loader;
        this.registry = registry;
    }

    @Override
    public Optional<String> resolve(String versionOrPrefix) {
        return archive.resolve(versionOrPrefix);
    }

    /**
     * The version compiled. Its archived files are checked against their hashes first, even when it is compiled
     * already: a version altered in the archive since is refused ({@link ArchiveAlteredException}), never served.
     */
    @Override
    public Optional<RuleSet> ruleSet(String version) {
        RuleSet active = registry.active();
        if (active.version().equals(version)) {
            return Optional.of(active);
        }
        archive.snapshot(version);
        return Optional.ofNullable(compiled.get(version, this::compile));
    }

    /** Compiles the version ahead of its use, if it is not compiled already. */
    void prepare(String version) {
        if (!registry.active().version().equals(version) && compiled.getIfPresent(version) == null) {
            compiled.get(version, this::compile);
        }
    }

    /** The version compiled, or null, which the cache keeps no record of, so a version archived later is found then. */
    private RuleSet compile(String version) {
        boolean overBudget = archive.report(version).stream().flatMap(report -> report.errors().stream())
                .anyMatch(problem -> problem.kind() == RuleSetProblem.Kind.TOO_MUCH_WORK);
        if (overBudget) {
            return null;
        }
        return archive.snapshot(version).map(snapshot -> {
            try {
                return loader.load(snapshot);
            } catch (RuntimeException didNotCompile) {
                return null;
            }
        }).orElse(null);
    }
}

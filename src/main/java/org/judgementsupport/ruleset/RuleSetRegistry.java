package org.judgementsupport.ruleset;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Holds the rule set in service. It is loaded at start-up from the configured folder; a folder with problems stops
 * the service from starting, with the full report, rather than serving half a rule set.
 *
 * <p>A request reads {@link #active()} once and uses that rule set throughout, so no judgement mixes two versions.
 */
@Component
public class RuleSetRegistry {

    private static final Logger log = LoggerFactory.getLogger(RuleSetRegistry.class);

    /** The rule set in service and when it went into service. */
    public record ActiveRuleSet(RuleSet ruleSet, Instant activatedAt) {
    }

    private final AtomicReference<ActiveRuleSet> active = new AtomicReference<>();

    public RuleSetRegistry(RuleSetSettings settings, RuleSetLoader loader, Clock clock) {
        RuleSetFolder folder = new RuleSetFolder(settings.folderPath());
        RuleSet ruleSet = loader.load(folder.read());
        active.set(new ActiveRuleSet(ruleSet, clock.instant()));
        log.info("Rule set {} in service: {} rules from {}", ruleSet.version(), ruleSet.catalogue().rules().size(), folder.root());
    }

    public RuleSet active() {
        return active.get().ruleSet();
    }

    public ActiveRuleSet activeWithTime() {
        return active.get();
    }
}

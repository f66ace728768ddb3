package org.judgementsupport.ruleset;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;

/**
 * Holds the rule set in service. Swapping it is one atomic step, so a request that read {@link #active()} once uses
 * that version throughout and no judgement ever mixes two versions; requests in flight during a swap finish on the
 * version they started with.
 */
@Component
public class RuleSetRegistry {

    /** The rule set in service and when it went into service. */
    public record ActiveRuleSet(RuleSet ruleSet, Instant activatedAt) {
    }

    private final AtomicReference<ActiveRuleSet> active = new AtomicReference<>();

    /** The rule set in service. */
    public RuleSet active() {
        return activeWithTime().ruleSet();
    }

    public ActiveRuleSet activeWithTime() {
        ActiveRuleSet current = active.get();
        if (current == null) {
            throw new IllegalStateException("no rule set is in service yet");
        }
        return current;
    }

    /** Puts a validated rule set into service; the previous one keeps serving requests that already hold it. */
    public void activate(RuleSet ruleSet, Instant at) {
        active.set(new ActiveRuleSet(ruleSet, at));
    }

    public boolean hasActive() {
        return active.get() != null;
    }
}

package org.judgementsupport.rulechange;

import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps this instance serving the version last put into service by any instance sharing the database. Every
 * activation, whichever instance made it, is a row in {@code rule_set_activation}; each instance looks for a newer row
 * every {@code judgement-support.rule-set.follow-every} (half a second by default) and, when there is one, serves its version
 * from the archive. Compiling a rule set takes longer than that, so each valid candidate is compiled here as soon as it
 * is stored, whichever instance validated it: by the time a colleague has approved and activated it, swapping it in is
 * immediate everywhere. Alone on the embedded database it finds only its own activations, and changes nothing.
 *
 * <p>Polling, not PostgreSQL's LISTEN/NOTIFY: it works the same on the embedded database, survives a dropped
 * connection without re-subscribing, and a few indexed queries a second are nothing to the database.
 */
@Component
class ActivationFollower {

    private static final Logger log = LoggerFactory.getLogger(ActivationFollower.class);

    private final RuleSetArchive archive;
    private final RuleSetChanges changes;
    private final CompiledVersions compiled;
    private final Instant started;
    private long seen;

    ActivationFollower(RuleSetArchive archive, RuleSetChanges changes, CompiledVersions compiled, Clock clock) {
        this.archive = archive;
        this.changes = changes;
        this.compiled = compiled;
        this.started = clock.instant();
    }

    @Scheduled(fixedDelayString = "${judgement-support.rule-set.follow-every:500ms}")
    void follow() {
        try {
            long newest = archive.newestActivationId();
            if (newest > seen) {
                changes.followNewestActivation(compiled);
                seen = newest;
            }
            // Kept compiled for the activation to come; a version compiled already is a cache hit.
            archive.validVersionsStoredSince(started).forEach(compiled::prepare);
        } catch (RuntimeException failed) {
            log.error("Looking for a rule-set version activated by another instance failed; trying again shortly", failed);
        }
    }
}

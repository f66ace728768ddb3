package org.judgementsupport.rulechange;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps this instance serving the version last put into service by any instance sharing the database. Every
 * activation, whichever instance made it, is a row in {@code rule_set_activation}; each instance looks for a newer row
 * every {@code judgement-support.rule-set.follow-every} (1 s by default) and, when there is one, serves its version
 * from the archive — so an activation is served everywhere within about that long. Alone on the embedded database it
 * finds only its own activations, and changes nothing.
 *
 * <p>Polling, not PostgreSQL's LISTEN/NOTIFY: it works the same on the embedded database, survives a dropped
 * connection without re-subscribing, and one indexed query a second is nothing to the database.
 */
@Component
class ActivationFollower {

    private static final Logger log = LoggerFactory.getLogger(ActivationFollower.class);

    private final RuleSetArchive archive;
    private final RuleSetChanges changes;
    private long seen;

    ActivationFollower(RuleSetArchive archive, RuleSetChanges changes) {
        this.archive = archive;
        this.changes = changes;
    }

    @Scheduled(fixedDelayString = "${judgement-support.rule-set.follow-every:1s}")
    void follow() {
        try {
            long newest = archive.newestActivationId();
            if (newest > seen) {
                changes.followNewestActivation();
                seen = newest;
            }
        } catch (RuntimeException failed) {
            log.error("Looking for a rule-set version activated by another instance failed; trying again shortly", failed);
        }
    }
}

package org.judgementsupport.rulechange;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The rule set as part of health: the version in service, the candidates waiting for approval, and, when the rule
 * folder does not validate, its problems. The service is still UP then: it serves the last good version, and a broken
 * folder is for policy staff to fix, not a reason for a load balancer to take the service away.
 */
@Component("ruleSet")
class RuleSetHealth implements HealthIndicator {

    private final RuleSetChanges changes;

    RuleSetHealth(RuleSetChanges changes) {
        this.changes = changes;
    }

    @Override
    public Health health() {
        RuleSetChanges.Status status = changes.status();
        Health.Builder health = Health.up()
                .withDetail("version", status.activeVersion())
                .withDetail("awaitingApproval", status.awaitingApproval().size());
        if (status.folderProblems() != null) {
            health.withDetail("folder", status.folder())
                    .withDetail("folderProblems", status.folderProblems().errors());
        }
        return health.build();
    }
}

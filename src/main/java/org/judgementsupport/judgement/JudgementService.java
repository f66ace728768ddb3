package org.judgementsupport.judgement;

import org.judgementsupport.evidence.Evidence;
import org.judgementsupport.ruleset.RuleSetRegistry;
import org.springframework.stereotype.Service;

/** Makes provisional judgements with the rule set in service. */
@Service
public class JudgementService {

    private final RuleSetRegistry registry;

    public JudgementService(RuleSetRegistry registry) {
        this.registry = registry;
    }

    /** Judges with the rule set in service, read once so the whole judgement uses one version. */
    public Judgement judge(Evidence evidence) {
        return new Judge(registry.active()).judge(evidence);
    }
}

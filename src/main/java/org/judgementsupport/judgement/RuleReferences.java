package org.judgementsupport.judgement;

import org.judgementsupport.criteria.SourceCitation;
import org.judgementsupport.ruleset.RuleCatalogue;

/** Names a decision's rule together with where it is written and what it rests on, from the rule set's catalogue. */
public final class RuleReferences {

    private final RuleCatalogue catalogue;

    public RuleReferences(RuleCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    public RuleReference of(String rule) {
        return catalogue.rule(rule)
                .map(description -> new RuleReference(rule, description.location(), SourceCitation.parse(description.source())))
                .orElseGet(() -> new RuleReference(rule, null, null));
    }
}

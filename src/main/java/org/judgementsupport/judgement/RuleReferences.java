package org.judgementsupport.judgement;

import org.judgementsupport.criteria.SourceCitation;
import org.judgementsupport.ruleset.RuleCatalogue;
import org.judgementsupport.ruleset.RuleDescription;

/** Names a decision's rule together with where it is written and what it rests on, from the rule set's catalogue. */
final class RuleReferences {

    private final RuleCatalogue catalogue;

    RuleReferences(RuleCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    RuleReference of(String rule) {
        return catalogue.rule(rule)
                .map(description -> new RuleReference(rule, description.location(), SourceCitation.parse(description.source())))
                .orElseGet(() -> new RuleReference(rule, null, null));
    }

    RuleDescription describe(String rule) {
        return catalogue.rule(rule).orElse(null);
    }
}

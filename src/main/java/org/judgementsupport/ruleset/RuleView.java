package org.judgementsupport.ruleset;

import java.util.List;
import org.judgementsupport.criteria.Effect;
import org.judgementsupport.criteria.SourceCitation;
import org.judgementsupport.framework.JudgementArea;

/** A rule or table row as the API shows it, with its source read into document, paragraph and quote. */
public record RuleView(String name, RuleDescription.Stage stage, JudgementArea area, Effect effect,
                       List<RuleDescription.EvidenceUse> evidence, SourceCitation source, String nationalBenchmark,
                       RuleLocation location) {

    public static RuleView of(RuleDescription rule) {
        return new RuleView(rule.name(), rule.stage(), rule.area(), rule.effect(), rule.evidence(),
                SourceCitation.parse(rule.source()), rule.nationalBenchmark(), rule.location());
    }

    public static List<RuleView> of(RuleCatalogue catalogue) {
        return catalogue.rules().stream().map(RuleView::of).toList();
    }
}

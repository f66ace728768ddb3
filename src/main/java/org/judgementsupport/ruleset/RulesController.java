package org.judgementsupport.ruleset;

import java.util.List;
import org.judgementsupport.criteria.Effect;
import org.judgementsupport.criteria.SourceCitation;
import org.judgementsupport.framework.JudgementArea;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The catalogue of every rule and table row in service: name, area, effect, evidence, source and location. */
@RestController
class RulesController {

    private final RuleSetRegistry registry;

    RulesController(RuleSetRegistry registry) {
        this.registry = registry;
    }

    record CatalogueView(String ruleSetVersion, int count, List<RuleView> rules) {
    }

    record RuleView(String name, RuleDescription.Stage stage, JudgementArea area, Effect effect, List<RuleDescription.EvidenceUse> evidence,
                    SourceCitation source, String nationalBenchmark, RuleLocation location) {
    }

    @GetMapping("/api/v1/rules")
    CatalogueView rules() {
        RuleSet ruleSet = registry.active();
        List<RuleView> rules = ruleSet.catalogue().rules().stream()
                .map(rule -> new RuleView(rule.name(), rule.stage(), rule.area(), rule.effect(), rule.evidence(),
                        SourceCitation.parse(rule.source()), rule.nationalBenchmark(), rule.location()))
                .toList();
        return new CatalogueView(ruleSet.version(), rules.size(), rules);
    }
}

package org.judgementsupport.ruleset;

import java.util.List;
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

    @GetMapping("/api/v1/rules")
    CatalogueView rules() {
        RuleSet ruleSet = registry.active();
        List<RuleView> rules = RuleView.of(ruleSet.catalogue());
        return new CatalogueView(ruleSet.version(), rules.size(), rules);
    }
}

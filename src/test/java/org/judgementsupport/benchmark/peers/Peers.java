package org.judgementsupport.benchmark.peers;

import java.util.LinkedHashMap;
import java.util.Map;
import org.judgementsupport.ruleset.RuleSet;
import org.judgementsupport.ruleset.RuleSetLoader;
import org.judgementsupport.ruleset.RuleSetSnapshot;

/**
 * The same criteria three ways, each built from the same rule files: this service's compiled rule set, the DMN model
 * written from the workbooks, and plain Java built from them.
 */
record Peers(RuleSet ruleSet, DroolsCriteria drools, DmnCriteria dmn, PlainJavaCriteria plainJava) {

    static Peers build(RuleSetSnapshot files) {
        RuleSet ruleSet = new RuleSetLoader().load(files);
        CriteriaTables tables = CriteriaTables.read(files);
        return new Peers(ruleSet, new DroolsCriteria(ruleSet), DmnCriteria.build(CriteriaDmn.write(tables)), PlainJavaCriteria.build(tables));
    }

    /** The engines by the names the figures use. */
    Map<String, CriteriaEngine> engines() {
        Map<String, CriteriaEngine> engines = new LinkedHashMap<>();
        engines.put("Drools (this service)", drools);
        engines.put("KIE DMN", dmn);
        engines.put("plain Java", plainJava);
        return engines;
    }
}

package org.judgementsupport.scenario;

import java.util.List;
import java.util.Set;
import org.judgementsupport.judgement.Judgement;

/**
 * How a scenario fared against a rule set.
 *
 * @param scenario    the scenario
 * @param differences each way the actual judgement differs from the expected, empty when it passed
 * @param judgement   the judgement made, or null when the evidence itself was refused
 * @param rulesUsed   every rule and table row that contributed: criteria fired and the rows that decided
 */
public record ScenarioResult(Scenario scenario, List<String> differences, Judgement judgement, Set<String> rulesUsed) {

    public boolean passed() {
        return differences.isEmpty();
    }
}

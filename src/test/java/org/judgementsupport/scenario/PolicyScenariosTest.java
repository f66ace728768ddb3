package org.judgementsupport.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.judgementsupport.evidence.EvidenceReader;
import org.judgementsupport.ruleset.RepositoryRuleSet;
import org.judgementsupport.ruleset.RuleDescription;
import org.judgementsupport.ruleset.RuleSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The policy scenarios in {@code scenarios/}, each one a test of its own, against the rule set in this repository.
 */
class PolicyScenariosTest {

    private static final ScenarioFiles.Suite SUITE = ScenarioFiles.read(RepositoryRuleSet.folder().read().scenarioFiles());
    private static final ScenarioRunner RUNNER = new ScenarioRunner(EvidenceReader.standalone());

    static Stream<Scenario> scenarios() {
        return SUITE.scenarios().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void judgementMatchesWhatPolicyExpects(Scenario scenario) {
        ScenarioResult result = RUNNER.run(scenario, RepositoryRuleSet.get());

        assertThat(result.differences())
                .as("%s%n%s", scenario.file(), scenario.description())
                .isEmpty();
    }

    @Test
    void everyScenarioFileCanBeRead() {
        assertThat(SUITE.problems()).as("problems reading scenarios/").isEmpty();
    }

    @Test
    void policyHasAtLeastFortyScenarios() {
        assertThat(SUITE.scenarios()).hasSizeGreaterThanOrEqualTo(40);
    }

    @Test
    void everyRuleAndTableRowIsExercisedBySomeScenario() {
        RuleSet ruleSet = RepositoryRuleSet.get();
        Set<String> used = RUNNER.run(SUITE.scenarios(), ruleSet).stream()
                .flatMap(result -> result.rulesUsed().stream())
                .collect(Collectors.toSet());

        List<String> neverUsed = ruleSet.catalogue().rules().stream()
                .filter(rule -> !used.contains(rule.name()))
                .map(rule -> rule.name() + " (" + rule.location().describe() + ")")
                .toList();

        assertThat(neverUsed).as("rules no scenario exercises; add a scenario to scenarios/ for each").isEmpty();
    }

    @Test
    void scenariosNameOnlyRulesThatExist() {
        Set<String> known = RepositoryRuleSet.get().catalogue().rules().stream()
                .map(RuleDescription::name).collect(Collectors.toSet());
        Set<String> named = new TreeSet<>();
        for (Scenario scenario : SUITE.scenarios()) {
            named.addAll(scenario.rulesFired());
            if (scenario.overallRow() != null) {
                named.add(scenario.overallRow());
            }
            if (scenario.nextStepsRow() != null) {
                named.add(scenario.nextStepsRow());
            }
            if (scenario.limitingRow() != null) {
                named.add(scenario.limitingRow());
            }
        }
        named.removeAll(known);

        assertThat(named).as("rule names in scenarios that no rule has (misspelt or renamed?)").isEmpty();
    }
}

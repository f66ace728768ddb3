package org.judgementsupport.benchmark.peers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.judgementsupport.criteria.Effect;
import org.judgementsupport.evidence.Evidence;
import org.judgementsupport.framework.JudgementArea;
import org.judgementsupport.ruleset.RepositoryRuleSet;
import org.judgementsupport.ruleset.RuleFolderFixture;
import org.judgementsupport.ruleset.RuleSetSnapshot;
import org.judgementsupport.ruleset.WorkbookEdit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Before any figure comparing the engines is trusted: this service's rule set, the DMN model and plain Java give the
 * same findings and grades as the service's judgement, case by case. Compiled and run in the bench profile only:
 *
 * <pre>  mvn -Pbench test -Dtest=PeerEquivalenceTest</pre>
 */
class PeerEquivalenceTest {

    private static RuleSetSnapshot files;
    private static Peers peers;
    private static List<Evidence> published;

    @BeforeAll
    static void buildTheEngines() {
        files = RepositoryRuleSet.folder().read();
        peers = Peers.build(files);
        published = Cases.publishedInspections();
    }

    @Test
    void allThreeJudgeThePublishedInspectionsAsTheServiceDoes() {
        assertThat(published).hasSize(271);

        assertThat(Equivalence.differences(published, peers)).isEmpty();
    }

    @Test
    void allThreeJudgeThePolicyScenariosAsTheServiceDoes() {
        List<Evidence> scenarios = Cases.policyScenarios(files);
        assertThat(scenarios).hasSizeGreaterThan(40);

        assertThat(Equivalence.differences(scenarios, peers)).isEmpty();
    }

    @Test
    void allThreeCombineFindingsAsTheLeadershipInstabilityRuleDoes() {
        List<Evidence> unstable = Cases.withRepeatedChangesOfDirector(published);

        assertThat(Equivalence.differences(unstable, peers)).isEmpty();
        // Not a vacuous agreement: in some cases the rule fires on both a vacancy and a turnover concern at once.
        String rule = CriteriaTables.read(files).leadershipInstability().rule();
        long citingAllThree = unstable.stream().map(peers.plainJava()::judge)
                .flatMap(outcome -> outcome.areas().get(JudgementArea.IMPACT_OF_LEADERS).findings().stream())
                .filter(finding -> finding.rule().equals(rule) && finding.evidence().size() == 3)
                .count();
        assertThat(citingAllThree).isPositive();
    }

    @Test
    void anEditedThresholdReachesAllThree() throws Exception {
        RuleFolderFixture edited = RuleFolderFixture.temporaryCopyOfRepository("peers-edited");
        String workbook = "decision-tables/criteria/limits-to-requires-improvement.drl.xlsx";
        edited.write(workbook, WorkbookEdit.setCell(edited.read(workbook), "Caseloads are high: more than 25 children per social worker",
                "Fires when", "more than 18"));
        Peers editedPeers = Peers.build(edited.folder().read());

        assertThat(Equivalence.differences(published, editedPeers)).isEmpty();
        long limitedBefore = limitedLeaders(peers);
        long limitedAfter = limitedLeaders(editedPeers);
        assertThat(limitedAfter).isGreaterThan(limitedBefore);
    }

    private static long limitedLeaders(Peers engines) {
        return published.stream().map(engines.dmn()::judge)
                .filter(outcome -> outcome.areas().get(JudgementArea.IMPACT_OF_LEADERS).findings().stream()
                        .anyMatch(finding -> finding.effect() == Effect.LIMITS_TO_REQUIRES_IMPROVEMENT))
                .count();
    }
}

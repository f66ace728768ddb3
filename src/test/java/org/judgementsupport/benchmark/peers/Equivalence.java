package org.judgementsupport.benchmark.peers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.judgementsupport.evidence.Evidence;
import org.judgementsupport.judgement.Judge;

/**
 * Holds every engine to the service's full judgement, case by case: the same findings (rule, area, effect, evidence
 * cited, in the same order) and the same grades, best possible grades and deciding overall row in every area.
 */
final class Equivalence {

    private Equivalence() {
    }

    /** Every case on which an engine differs from the service's judgement, described; empty when all agree. */
    static List<String> differences(List<Evidence> cases, Peers peers) {
        Judge judge = new Judge(peers.ruleSet());
        List<String> differences = new ArrayList<>();
        for (Evidence evidence : cases) {
            Outcome expected = Outcome.of(judge.judge(evidence)).canonical();
            for (Map.Entry<String, CriteriaEngine> engine : peers.engines().entrySet()) {
                Outcome actual = engine.getValue().judge(evidence).canonical();
                if (!actual.equals(expected)) {
                    differences.add(engine.getKey() + " differs on " + evidence.localAuthority().code() + " " + evidence.inspection().startDate()
                            + "\n  service: " + expected + "\n  " + engine.getKey() + ": " + actual);
                }
            }
        }
        return differences;
    }

    /** Throws, naming the first few, unless every engine agrees on every case. */
    static void require(List<Evidence> cases, Peers peers) {
        List<String> differences = differences(cases, peers);
        if (!differences.isEmpty()) {
            throw new IllegalStateException(differences.size() + " disagreements with the service's judgement; the first:\n"
                    + String.join("\n", differences.subList(0, Math.min(3, differences.size()))));
        }
    }
}

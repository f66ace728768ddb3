package org.judgementsupport.benchmark.peers;

import java.util.ArrayList;
import java.util.List;
import org.judgementsupport.criteria.CitedEvidence;
import org.judgementsupport.criteria.Finding;
import org.judgementsupport.evidence.Evidence;
import org.judgementsupport.ruleset.RuleSet;

/**
 * This service's rule engine doing only what the peers do: the compiled rule set's findings (a Drools session per
 * judgement, as {@link RuleSet#findings} runs it) and its overall-effectiveness table, graded as the peers grade. The
 * service's full judgement step adds the explanations on top; the benchmark measures both.
 */
final class DroolsCriteria implements CriteriaEngine {

    private final RuleSet ruleSet;

    DroolsCriteria(RuleSet ruleSet) {
        this.ruleSet = ruleSet;
    }

    @Override
    public Outcome judge(Evidence evidence) {
        CaseInput input = CaseInput.of(evidence);
        List<Finding> found = ruleSet.findings(input.indicators());
        List<Outcome.OutcomeFinding> findings = new ArrayList<>(found.size());
        for (Finding finding : found) {
            List<Outcome.Cited> cited = new ArrayList<>(finding.evidence().size());
            for (CitedEvidence evidenceCited : finding.evidence()) {
                cited.add(Outcome.cited(evidenceCited));
            }
            findings.add(new Outcome.OutcomeFinding(finding.rule(), finding.area(), finding.effect(), cited));
        }
        // The rule set remembers each decision of its overall table (at most 320 cases), so this is mostly a lookup.
        return Grading.grade(input, findings, ruleSet::overallEffectiveness);
    }
}

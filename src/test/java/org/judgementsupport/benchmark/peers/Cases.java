package org.judgementsupport.benchmark.peers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.judgementsupport.evidence.Evidence;
import org.judgementsupport.evidence.EvidenceAssembler;
import org.judgementsupport.evidence.EvidenceReader;
import org.judgementsupport.evidence.Indicator;
import org.judgementsupport.evidence.Indicators;
import org.judgementsupport.realdata.RealCase;
import org.judgementsupport.realdata.RealData;
import org.judgementsupport.realdata.SharedData;
import org.judgementsupport.ruleset.RuleSetSnapshot;
import org.judgementsupport.scenario.Scenario;
import org.judgementsupport.scenario.ScenarioFiles;

/** The evidence the engines are compared and timed on. */
final class Cases {

    private Cases() {
    }

    /**
     * Every ILACS inspection Ofsted published, with the DfE figures public before it and each area's evaluation of
     * practice filled in from Ofsted's grade, so every grade is determined: the evidence {@code JudgementBenchmark}
     * times.
     */
    static List<Evidence> publishedInspections() {
        return RealData.read(SharedData.dataFolder()).cases(true).stream().map(RealCase::evidence).toList();
    }

    /** The evidence of every policy scenario: small cases that reach rules and undetermined areas the published figures do not. */
    static List<Evidence> policyScenarios(RuleSetSnapshot files) {
        EvidenceReader reader = EvidenceReader.standalone();
        return ScenarioFiles.read(files.scenarioFiles()).scenarios().stream().map(Scenario::evidence).map(reader::read).toList();
    }

    /**
     * The published inspections as if the director of children's services had changed twice in the year: the DfE does
     * not publish director changes, so without this the rule combining findings never fires on real figures.
     */
    static List<Evidence> withRepeatedChangesOfDirector(List<Evidence> cases) {
        return cases.stream().map(evidence -> {
            Map<String, Object> values = new LinkedHashMap<>();
            for (Indicator indicator : Indicators.from(evidence)) {
                if (!indicator.field().isDerived()) {
                    values.put(indicator.path(), indicator.value());
                }
            }
            values.put("workforce.directorChangesLast12Months", 2);
            return EvidenceAssembler.assemble(evidence.localAuthority(), evidence.inspection(), values);
        }).toList();
    }
}

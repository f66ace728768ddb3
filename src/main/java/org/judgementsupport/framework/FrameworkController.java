package org.judgementsupport.framework;

import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The frameworks the service judges under, the dates they cover, the areas they grade and the evidence each area reads. */
@RestController
class FrameworkController {

    /**
     * @param evidenceNotRead evidence an inspector may submit that this framework does not read
     * @param outOfScope      judgements Ofsted made alongside these inspections that the service does not make, and why
     */
    record FrameworkView(Framework framework, String title, LocalDate firstStartDate, LocalDate lastStartDate,
                         List<AreaView> gradedAreas, boolean overallEffectiveness, List<String> evidenceNotRead, List<String> outOfScope) {
    }

    /**
     * @param evidence       the evidence paths that inform the area, its evaluation of practice first (none for overall
     *                       effectiveness, which follows from other areas)
     * @param followsFrom    for overall effectiveness, the areas it is decided from
     * @param limitedBy      graded sub-judgements that limit the area (under the SIF, adoption and care leavers limit
     *                       children looked after)
     * @param subJudgementOf the judgement this one is a graded sub-judgement of
     */
    record AreaView(JudgementArea area, String title, List<String> evidence, List<JudgementArea> followsFrom, List<JudgementArea> limitedBy,
                    JudgementArea subJudgementOf) {
    }

    private final EvidenceGuide evidence;

    FrameworkController(EvidenceGuide evidence) {
        this.evidence = evidence;
    }

    @Operation(summary = "The frameworks judged under: the inspection dates each covers, its graded areas and the evidence each area reads",
            description = "Oldest first. For each area, the evidence paths that inform it under that framework (the same field can inform "
                    + "a differently named area under another framework: leadership evidence informs leadership, management and governance "
                    + "under the SIF and the impact of leaders under ILACS), what overall effectiveness follows from, and the SIF's graded "
                    + "sub-judgements. The SIF's review of the local safeguarding children board is out of scope.")
    @GetMapping("/api/v1/frameworks")
    List<FrameworkView> frameworks() {
        return Arrays.stream(Framework.values())
                .map(framework -> new FrameworkView(framework, framework.title(), framework.firstStartDate(), framework.lastStartDate(),
                        framework.gradedAreas().stream().map(area -> area(framework, area)).toList(),
                        framework.hasOverallEffectiveness(), evidence.notRead(framework), framework.outOfScope()))
                .toList();
    }

    private AreaView area(Framework framework, JudgementArea area) {
        boolean overall = area == JudgementArea.OVERALL_EFFECTIVENESS;
        return new AreaView(area, area.ofstedTitle(), overall ? List.of() : evidence.evidenceFor(framework, area),
                overall ? framework.overallFollowsFrom() : List.of(), framework.subJudgements(area), framework.subJudgementOf(area).orElse(null));
    }
}

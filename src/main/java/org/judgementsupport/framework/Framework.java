package org.judgementsupport.framework;

import static org.judgementsupport.framework.JudgementArea.ADOPTION_PERFORMANCE;
import static org.judgementsupport.framework.JudgementArea.CARE_LEAVERS;
import static org.judgementsupport.framework.JudgementArea.CHILDREN_IN_CARE;
import static org.judgementsupport.framework.JudgementArea.CHILDREN_IN_CARE_AND_CARE_LEAVERS;
import static org.judgementsupport.framework.JudgementArea.CHILDREN_LOOKED_AFTER_AND_ACHIEVING_PERMANENCE;
import static org.judgementsupport.framework.JudgementArea.HELP_AND_PROTECTION;
import static org.judgementsupport.framework.JudgementArea.IMPACT_OF_LEADERS;
import static org.judgementsupport.framework.JudgementArea.LEADERSHIP_MANAGEMENT_AND_GOVERNANCE;
import static org.judgementsupport.framework.JudgementArea.OVERALL_EFFECTIVENESS;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The inspection frameworks the service can judge under, each with the inspection start dates it covers and the areas
 * it grades, in the order Ofsted reports them. Listed oldest first.
 */
public enum Framework {
    SIF_2013("Inspection of services for children in need of help and protection, children looked after and care leavers "
            + "(the single inspection framework, SIF)",
            LocalDate.of(2013, 11, 1), LocalDate.of(2017, 12, 31),
            List.of(OVERALL_EFFECTIVENESS, HELP_AND_PROTECTION, CHILDREN_LOOKED_AFTER_AND_ACHIEVING_PERMANENCE, ADOPTION_PERFORMANCE,
                    CARE_LEAVERS, LEADERSHIP_MANAGEMENT_AND_GOVERNANCE),
            // Evidence written for the later frameworks' areas lands on the SIF's own judgements.
            Map.of(IMPACT_OF_LEADERS, LEADERSHIP_MANAGEMENT_AND_GOVERNANCE, CHILDREN_IN_CARE, CHILDREN_LOOKED_AFTER_AND_ACHIEVING_PERMANENCE),
            Map.of(CHILDREN_LOOKED_AFTER_AND_ACHIEVING_PERMANENCE, List.of(ADOPTION_PERFORMANCE, CARE_LEAVERS)),
            List.of("The review of the effectiveness of the local safeguarding children board (LSCB), made alongside most SIF "
                    + "inspections, is a judgement on the board, not on the local authority's services: it is out of scope, and "
                    + "the LSCB grade plays no part in overall effectiveness here.")),
    ILACS_2018("Inspecting local authority children's services (2018)",
            LocalDate.of(2018, 1, 1), LocalDate.of(2022, 12, 31),
            List.of(OVERALL_EFFECTIVENESS, IMPACT_OF_LEADERS, HELP_AND_PROTECTION, CHILDREN_IN_CARE_AND_CARE_LEAVERS),
            Map.of(CHILDREN_IN_CARE, CHILDREN_IN_CARE_AND_CARE_LEAVERS, CARE_LEAVERS, CHILDREN_IN_CARE_AND_CARE_LEAVERS),
            Map.of(), List.of()),
    ILACS_2023("Inspecting local authority children's services (2023)",
            LocalDate.of(2023, 1, 1), LocalDate.of(2026, 3, 31),
            List.of(OVERALL_EFFECTIVENESS, IMPACT_OF_LEADERS, HELP_AND_PROTECTION, CHILDREN_IN_CARE, CARE_LEAVERS),
            Map.of(), Map.of(), List.of()),
    ILACS_2026("Inspecting local authority children's services (2026)",
            LocalDate.of(2026, 4, 1), null,
            List.of(IMPACT_OF_LEADERS, HELP_AND_PROTECTION, CHILDREN_IN_CARE, CARE_LEAVERS),
            Map.of(), Map.of(), List.of());

    private final String title;
    private final LocalDate firstStartDate;
    private final LocalDate lastStartDate;
    private final List<JudgementArea> gradedAreas;
    private final Map<JudgementArea, JudgementArea> judgedAs;
    private final Map<JudgementArea, List<JudgementArea>> subJudgements;
    private final List<String> outOfScope;

    Framework(String title, LocalDate firstStartDate, LocalDate lastStartDate, List<JudgementArea> gradedAreas,
              Map<JudgementArea, JudgementArea> judgedAs, Map<JudgementArea, List<JudgementArea>> subJudgements, List<String> outOfScope) {
        this.title = title;
        this.firstStartDate = firstStartDate;
        this.lastStartDate = lastStartDate;
        this.gradedAreas = gradedAreas;
        this.judgedAs = judgedAs;
        this.subJudgements = subJudgements;
        this.outOfScope = outOfScope;
    }

    /** The framework for inspections starting on that date, if the service supports one. */
    public static Optional<Framework> forStartDate(LocalDate startDate) {
        return Arrays.stream(values()).filter(framework -> framework.covers(startDate)).findFirst();
    }

    /** The earliest start date any supported framework covers. */
    public static LocalDate earliestSupportedStartDate() {
        return values()[0].firstStartDate;
    }

    public boolean covers(LocalDate startDate) {
        return !startDate.isBefore(firstStartDate) && (lastStartDate == null || !startDate.isAfter(lastStartDate));
    }

    public String title() {
        return title;
    }

    public LocalDate firstStartDate() {
        return firstStartDate;
    }

    /** Null while the framework is current. */
    public LocalDate lastStartDate() {
        return lastStartDate;
    }

    /** Every area this framework grades, overall effectiveness first where there is one. */
    public List<JudgementArea> gradedAreas() {
        return gradedAreas;
    }

    public boolean hasOverallEffectiveness() {
        return gradedAreas.contains(OVERALL_EFFECTIVENESS);
    }

    /** The graded areas other than overall effectiveness: the ones evidence and rules speak about directly. */
    public List<JudgementArea> directlyJudgedAreas() {
        return gradedAreas.stream().filter(area -> area != OVERALL_EFFECTIVENESS).toList();
    }

    /**
     * The areas overall effectiveness follows from: every directly judged area but the graded sub-judgements, which
     * count through the judgement they belong to (under the SIF, adoption and care leavers through children looked
     * after).
     */
    public List<JudgementArea> overallFollowsFrom() {
        return directlyJudgedAreas().stream().filter(area -> subJudgementOf(area).isEmpty()).toList();
    }

    /** The graded sub-judgements of a judgement: under the SIF, adoption performance and care leavers for children looked after. */
    public List<JudgementArea> subJudgements(JudgementArea area) {
        return subJudgements.getOrDefault(area, List.of());
    }

    /** The judgement a graded sub-judgement belongs to, if it is one. */
    public Optional<JudgementArea> subJudgementOf(JudgementArea area) {
        return subJudgements.entrySet().stream().filter(entry -> entry.getValue().contains(area)).map(Map.Entry::getKey).findFirst();
    }

    /**
     * Where findings and evidence about {@code area} count under this framework, if anywhere. Criteria and evidence
     * written for the four areas of the later frameworks land on this framework's own judgements: under ILACS 2018
     * children in care and care leavers are one judgement; under the SIF the impact of leaders is leadership,
     * management and governance, and children in care are children looked after. Adoption has no judgement of its own
     * after the SIF.
     */
    public Optional<JudgementArea> areaFor(JudgementArea area) {
        if (gradedAreas.contains(area) && area != OVERALL_EFFECTIVENESS) {
            return Optional.of(area);
        }
        return Optional.ofNullable(judgedAs.get(area));
    }

    /** Where a rule's finding about {@code ruleArea} lands under this framework; it must land somewhere. */
    public JudgementArea gradedAreaFor(JudgementArea ruleArea) {
        return areaFor(ruleArea).orElseThrow(() -> new IllegalArgumentException(ruleArea + " is not judged under " + this));
    }

    /** The evidence fields holding the inspector's practice evaluations this framework reads, one per graded area. */
    public List<String> practiceQualityPaths() {
        return directlyJudgedAreas().stream().map(JudgementArea::practiceQualityPath).toList();
    }

    /** Judgements Ofsted made alongside inspections under this framework that the service does not make, and why. */
    public List<String> outOfScope() {
        return outOfScope;
    }
}

package org.judgementsupport.framework;

import static org.judgementsupport.framework.JudgementArea.CARE_LEAVERS;
import static org.judgementsupport.framework.JudgementArea.CHILDREN_IN_CARE;
import static org.judgementsupport.framework.JudgementArea.CHILDREN_IN_CARE_AND_CARE_LEAVERS;
import static org.judgementsupport.framework.JudgementArea.HELP_AND_PROTECTION;
import static org.judgementsupport.framework.JudgementArea.IMPACT_OF_LEADERS;
import static org.judgementsupport.framework.JudgementArea.OVERALL_EFFECTIVENESS;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The inspection frameworks the service can judge under, each with the inspection start dates it covers and the areas
 * it grades, in the order Ofsted reports them.
 */
public enum Framework {
    ILACS_2018("Inspecting local authority children's services (2018)",
            LocalDate.of(2018, 1, 1), LocalDate.of(2022, 12, 31),
            List.of(OVERALL_EFFECTIVENESS, IMPACT_OF_LEADERS, HELP_AND_PROTECTION, CHILDREN_IN_CARE_AND_CARE_LEAVERS)),
    ILACS_2023("Inspecting local authority children's services (2023)",
            LocalDate.of(2023, 1, 1), LocalDate.of(2026, 3, 31),
            List.of(OVERALL_EFFECTIVENESS, IMPACT_OF_LEADERS, HELP_AND_PROTECTION, CHILDREN_IN_CARE, CARE_LEAVERS)),
    ILACS_2026("Inspecting local authority children's services (2026)",
            LocalDate.of(2026, 4, 1), null,
            List.of(IMPACT_OF_LEADERS, HELP_AND_PROTECTION, CHILDREN_IN_CARE, CARE_LEAVERS));

    private final String title;
    private final LocalDate firstStartDate;
    private final LocalDate lastStartDate;
    private final List<JudgementArea> gradedAreas;

    Framework(String title, LocalDate firstStartDate, LocalDate lastStartDate, List<JudgementArea> gradedAreas) {
        this.title = title;
        this.firstStartDate = firstStartDate;
        this.lastStartDate = lastStartDate;
        this.gradedAreas = gradedAreas;
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
     * Where a rule's finding about {@code ruleArea} lands under this framework. Rules are written once for the four
     * areas of the later frameworks; under ILACS 2018 children in care and care leavers are one judgement, informed by
     * the indicators of both.
     */
    public JudgementArea gradedAreaFor(JudgementArea ruleArea) {
        if (gradedAreas.contains(ruleArea)) {
            return ruleArea;
        }
        if ((ruleArea == CHILDREN_IN_CARE || ruleArea == CARE_LEAVERS) && gradedAreas.contains(CHILDREN_IN_CARE_AND_CARE_LEAVERS)) {
            return CHILDREN_IN_CARE_AND_CARE_LEAVERS;
        }
        throw new IllegalArgumentException(ruleArea + " is not judged under " + this);
    }

    /** The evidence fields holding the inspector's practice evaluations this framework reads, one per graded area. */
    public List<String> practiceQualityPaths() {
        return directlyJudgedAreas().stream().map(JudgementArea::practiceQualityPath).toList();
    }
}

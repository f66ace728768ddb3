package org.judgementsupport.framework;

/**
 * The areas Ofsted grades. Names are part of the API contract.
 *
 * <p>Rules speak about the four practice-and-leadership areas; {@link Framework} decides how they are graded under
 * each framework (under ILACS 2018 children in care and care leavers share one judgement).
 */
public enum JudgementArea {
    OVERALL_EFFECTIVENESS("Overall effectiveness", null),
    IMPACT_OF_LEADERS("The impact of leaders on social work practice with children and families", "leadership"),
    HELP_AND_PROTECTION("The experiences and progress of children who need help and protection", "helpAndProtection"),
    CHILDREN_IN_CARE("The experiences and progress of children in care", "childrenInCare"),
    CARE_LEAVERS("The experiences and progress of care leavers", "careLeavers"),
    CHILDREN_IN_CARE_AND_CARE_LEAVERS("The experiences and progress of children in care and care leavers", "childrenInCare");

    private final String ofstedTitle;
    private final String practiceQualityGroup;

    JudgementArea(String ofstedTitle, String practiceQualityGroup) {
        this.ofstedTitle = ofstedTitle;
        this.practiceQualityGroup = practiceQualityGroup;
    }

    /** The judgement's title as Ofsted publishes it. */
    public String ofstedTitle() {
        return ofstedTitle;
    }

    /**
     * The evidence field holding the inspector's evaluation of practice for this area, e.g.
     * {@code helpAndProtection.practiceQuality}; null for overall effectiveness, which is derived from the others.
     */
    public String practiceQualityPath() {
        return practiceQualityGroup == null ? null : practiceQualityGroup + ".practiceQuality";
    }

    /** Practice areas are the ones about children's experiences, as opposed to leadership and the overall. */
    public boolean isPracticeArea() {
        return this != OVERALL_EFFECTIVENESS && this != IMPACT_OF_LEADERS;
    }
}

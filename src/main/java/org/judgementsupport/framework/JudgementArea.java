package org.judgementsupport.framework;

/**
 * The areas Ofsted grades. Names are part of the API contract.
 *
 * <p>Rules for the ILACS frameworks speak about the four practice-and-leadership areas; rules for the single
 * inspection framework (SIF) speak about its own five judgements. {@link Framework} decides how they are graded under
 * each framework (under ILACS 2018 children in care and care leavers share one judgement).
 */
public enum JudgementArea {
    OVERALL_EFFECTIVENESS("Overall effectiveness", null),
    IMPACT_OF_LEADERS("The impact of leaders on social work practice with children and families", "leadership"),
    HELP_AND_PROTECTION("The experiences and progress of children who need help and protection", "helpAndProtection"),
    CHILDREN_IN_CARE("The experiences and progress of children in care", "childrenInCare"),
    CARE_LEAVERS("The experiences and progress of care leavers", "careLeavers"),
    CHILDREN_IN_CARE_AND_CARE_LEAVERS("The experiences and progress of children in care and care leavers", "childrenInCare"),
    /** The SIF's key judgement on children looked after; adoption performance and care leavers are its graded sub-judgements. */
    CHILDREN_LOOKED_AFTER_AND_ACHIEVING_PERMANENCE("The experiences and progress of children looked after and achieving permanence", "childrenInCare"),
    /** A graded sub-judgement of children looked after under the SIF; later frameworks judge adoption within children in care. */
    ADOPTION_PERFORMANCE("Adoption performance", "adoption"),
    /** The SIF's judgement on leaders, renamed "the impact of leaders on social work practice" by ILACS in 2018. */
    LEADERSHIP_MANAGEMENT_AND_GOVERNANCE("Leadership, management and governance", "leadership");

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

    /** The evidence group that holds this area's evaluation of practice and most of its indicators, e.g. {@code adoption}. */
    public String evidenceGroup() {
        return practiceQualityGroup;
    }

    /** Practice areas are the ones about children's experiences, as opposed to leadership and the overall. */
    public boolean isPracticeArea() {
        return this != OVERALL_EFFECTIVENESS && !isLeadership();
    }

    /** The judgement on leaders, whatever the framework calls it. */
    public boolean isLeadership() {
        return this == IMPACT_OF_LEADERS || this == LEADERSHIP_MANAGEMENT_AND_GOVERNANCE;
    }
}

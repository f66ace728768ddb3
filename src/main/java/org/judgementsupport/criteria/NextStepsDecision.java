package org.judgementsupport.criteria;

import org.judgementsupport.evidence.InspectionType;

/**
 * What happens after an inspection, as the next-steps table decides it. The table's first action column creates it
 * with the kind of the next inspection; the following columns fill in its timing and visits.
 */
public final class NextStepsDecision {

    private final String rule;
    private final InspectionType nextInspection;
    private Integer dueAroundMonths;
    private String focusedVisits;
    private String monitoring;

    public NextStepsDecision(String rule, InspectionType nextInspection) {
        this.rule = rule;
        this.nextInspection = nextInspection;
    }

    public String getRule() {
        return rule;
    }

    public InspectionType getNextInspection() {
        return nextInspection;
    }

    /** Roughly how many months after this inspection the next one is due. */
    public Integer getDueAroundMonths() {
        return dueAroundMonths;
    }

    public void setDueAroundMonths(Integer dueAroundMonths) {
        this.dueAroundMonths = dueAroundMonths;
    }

    public String getFocusedVisits() {
        return focusedVisits;
    }

    public void setFocusedVisits(String focusedVisits) {
        this.focusedVisits = focusedVisits;
    }

    public String getMonitoring() {
        return monitoring;
    }

    public void setMonitoring(String monitoring) {
        this.monitoring = monitoring;
    }
}

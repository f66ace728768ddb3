package org.judgementsupport.impact;

import java.time.LocalDate;
import java.util.List;
import org.judgementsupport.criteria.Effect;
import org.judgementsupport.framework.Grade;
import org.judgementsupport.framework.JudgementArea;

/**
 * What a candidate rule set changes, against the version in service, over a corpus of cases.
 *
 * @param activeVersion        the version in service
 * @param candidateVersion     the candidate
 * @param corpus               the cases re-evaluated: {@code stored} or {@code real-cases}
 * @param cases                how many
 * @param casesWithGradeChange cases where any area's provisional result changed
 * @param casesWithOnlyFindingsChanged cases where findings changed but no area's result did
 * @param areas                per area, the transition matrix from the version in service (rows) to the candidate
 *                             (columns), with "not determined" as a fifth row and column
 * @param changedCases         cases whose result changed, largest move first, with the findings that appeared or
 *                             disappeared (at most {@link ImpactAnalysis#LIST_LIMIT}; the counts cover every case)
 * @param rules                every rule or table row that fired under either version, those whose firing changed most
 *                             first
 * @param elapsedMillis        how long the preview took
 */
public record ImpactReport(
        String activeVersion,
        String candidateVersion,
        String corpus,
        int cases,
        int casesWithGradeChange,
        int casesWithOnlyFindingsChanged,
        List<AreaTransitions> areas,
        List<ChangedCase> changedCases,
        List<RuleFiringChange> rules,
        long elapsedMillis) {

    /**
     * One area's transitions.
     *
     * @param outcomes       the order of the matrix's rows and columns
     * @param transitions    counts: the version in service's outcome (row) by the candidate's (column)
     * @param changed        cases off the diagonal
     * @param recorded       cases with a recorded grade for the area (real cases)
     * @param agreeingBefore of those, how many the version in service grades the same
     * @param agreeingAfter  of those, how many the candidate grades the same
     */
    public record AreaTransitions(JudgementArea area, int cases, List<ProvisionalOutcome> outcomes, int[][] transitions, int changed,
                                  int recorded, int agreeingBefore, int agreeingAfter) {
    }

    /** A case whose provisional result changed. */
    public record ChangedCase(String caseId, String localAuthority, LocalDate inspectionStart, List<AreaChange> areas,
                              List<FindingChange> appeared, List<FindingChange> disappeared) {
    }

    /** An area whose result changed; the recorded grade when the corpus has one. */
    public record AreaChange(JudgementArea area, ProvisionalOutcome before, ProvisionalOutcome after, Grade recorded) {
    }

    public record FindingChange(JudgementArea area, String rule, Effect effect) {
    }

    /**
     * How a rule's firing changed.
     *
     * @param firedBefore  cases it fired in under the version in service
     * @param firedAfter   cases it fired in under the candidate
     * @param changed      cases it fired in under one version only
     * @param changedShare changed, as a share of the cases it fired in under either version
     */
    public record RuleFiringChange(String rule, int firedBefore, int firedAfter, int changed, double changedShare) {
    }
}

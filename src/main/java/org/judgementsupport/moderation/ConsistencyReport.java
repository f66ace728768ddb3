package org.judgementsupport.moderation;

import java.util.List;
import java.util.Map;
import org.judgementsupport.criteria.Effect;
import org.judgementsupport.framework.Grade;
import org.judgementsupport.framework.JudgementArea;
import org.judgementsupport.judgement.RuleReference;

/**
 * What a moderation panel reads: how far recorded grades and the criteria agree, and where they do not.
 *
 * @param ruleSetVersion                 the rule set the provisional judgements were made with
 * @param cases                          how many cases
 * @param similarityThreshold            the evidence distance within which cases count as similar ({@link EvidenceDistance})
 * @param areas                          agreement per area between recorded and provisional grades
 * @param recordedOverallAgainstTable    cases whose recorded overall grade is not what the overall-effectiveness table
 *                                       gives for their recorded area grades
 * @param disagreements                  recorded and provisional grades that differ, largest first
 * @param similarEvidenceDifferentGrades pairs of cases with similar evidence but recorded grades two or more apart,
 *                                       closest first
 * @param triggersOnGoodOrOutstanding    inadequacy triggers that fired on areas recorded good or outstanding
 * @param inadequateWithoutTrigger       areas recorded inadequate where no trigger fired
 * @param findingsByRecordedGrade        per area and recorded grade: how many concerns, limits and triggers
 * @param totals                         how many items each list has in all; each list shows at most
 *                                       {@link ConsistencyAnalysis#LIST_LIMIT}, most important first
 */
public record ConsistencyReport(
        String ruleSetVersion,
        int cases,
        double similarityThreshold,
        List<AreaAgreement> areas,
        List<TableDisagreement> recordedOverallAgainstTable,
        List<Disagreement> disagreements,
        List<SimilarPair> similarEvidenceDifferentGrades,
        List<CriteriaAgainstRecord> triggersOnGoodOrOutstanding,
        List<CriteriaAgainstRecord> inadequateWithoutTrigger,
        List<FindingsByGrade> findingsByRecordedGrade,
        Totals totals) {

    /** The full size of each list, however many are shown. */
    public record Totals(int recordedOverallAgainstTable, int disagreements, int similarEvidenceDifferentGrades,
                         int triggersOnGoodOrOutstanding, int inadequateWithoutTrigger) {
    }

    /**
     * Agreement for one area.
     *
     * @param area          the area
     * @param recorded      cases with a recorded grade for it
     * @param notDetermined of those, cases whose provisional grade is not determined (counted apart from agreement)
     * @param agreement     agreement over the cases with both grades; the confusion matrix is recorded (rows) by provisional
     * @param notDeterminedByRecordedGrade the not-determined cases by recorded grade: the matrix's fifth column
     */
    public record AreaAgreement(JudgementArea area, int recorded, int notDetermined, Agreement agreement,
                                Map<Grade, Integer> notDeterminedByRecordedGrade) {
    }

    /** A recorded overall grade the overall-effectiveness table disagrees with, and the table's row. */
    public record TableDisagreement(String caseId, Grade recordedOverall, Map<JudgementArea, Grade> recordedAreas, Grade tableGives,
                                    RuleReference row) {
    }

    /**
     * A recorded grade the criteria disagree with.
     *
     * @param size        grades apart
     * @param kind        a different grade, or a recorded grade better than the evidence allows while undetermined
     * @param provisional the provisional grade, or "not determined, at best …"
     * @param basis       how the provisional grade was reached
     * @param findings    the findings behind it
     * @param toImprove   what would move it
     */
    public record Disagreement(String caseId, JudgementArea area, Grade recorded, String provisional, int size, Kind kind, String basis,
                               List<FindingSummary> findings, List<String> toImprove) {

        public enum Kind { DIFFERENT_GRADE, BETTER_THAN_THE_CRITERIA_ALLOW }
    }

    public record FindingSummary(String rule, Effect effect) {
    }

    /** Two cases with similar evidence whose recorded grades for an area are two or more apart. */
    public record SimilarPair(JudgementArea area, String caseA, Grade gradeA, String caseB, Grade gradeB, int gradesApart, double distance,
                              int sharedEvidence, List<FieldDifference> largestDifferences) {
    }

    public record FieldDifference(String field, Object valueA, Object valueB) {
    }

    /** An area where the criteria and the recorded grade point opposite ways. */
    public record CriteriaAgainstRecord(String caseId, JudgementArea area, Grade recorded, List<String> rules) {
    }

    /** For an area and recorded grade: how many cases, their average number of concerns, and how often limits and triggers fired. */
    public record FindingsByGrade(JudgementArea area, Grade recorded, int cases, double averageConcerns, double shareWithLimit,
                                  double shareWithTrigger) {
    }
}

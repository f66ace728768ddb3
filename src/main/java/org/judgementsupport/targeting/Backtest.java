package org.judgementsupport.targeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import org.judgementsupport.framework.Grade;
import org.judgementsupport.framework.JudgementArea;
import org.judgementsupport.realdata.OfstedInspection;
import org.judgementsupport.ruleset.RuleSet;

/**
 * How well the ranking would have predicted Ofsted's published ILACS inspections: each inspection scored as of the day
 * it started, from the figures and inspections published before that day only, against what Ofsted found; and, on the
 * same inspections, two simpler rankings it must beat to earn its place: the previous overall grade alone, and the count
 * of concerns the criteria raise alone.
 *
 * <p>Inspections with no previous grade published before them cannot be ranked by the first baseline, so all three
 * rankings are measured on the inspections that have one; how many were left out is reported.
 */
final class Backtest {

    /** One inspection: what Ofsted found, and the authority's score as of the day it started. */
    record Case(OfstedInspection inspection, AuthorityScore score) {

        int previousGradeRank() {
            return score.previousGrade().map(Grade::rank).orElseThrow();
        }

        int concernCount() {
            return score.concerns().size();
        }

        /** Ofsted's grade for the area; before 2023 children in care and care leavers were graded together. */
        Optional<Grade> grade(JudgementArea area) {
            Map<JudgementArea, Grade> grades = inspection.grades();
            if (area == JudgementArea.CHILDREN_IN_CARE && !grades.containsKey(area)) {
                return Optional.ofNullable(grades.get(JudgementArea.CHILDREN_IN_CARE_AND_CARE_LEAVERS));
            }
            return Optional.ofNullable(grades.get(area));
        }
    }

    /**
     * The three rankings against one outcome, on the same inspections.
     *
     * @param outcome           what counts as found wanting, in words
     * @param cases             inspections measured
     * @param lessThanGood      of which Ofsted found the area less than good
     * @param ranking           the targeting score's AUC
     * @param previousGrade     the previous overall grade's alone
     * @param concerns          the count of concerns' alone
     * @param overPreviousGrade the ranking's AUC minus the previous grade's
     * @param overConcerns      the ranking's AUC minus the concerns'
     */
    record Result(String outcome, int cases, int lessThanGood, RocAuc ranking, RocAuc previousGrade, RocAuc concerns,
                  RocAuc.Comparison overPreviousGrade, RocAuc.Comparison overConcerns) {

        /** Better than both baselines, each by a difference whose 95% interval is above zero. */
        boolean beatsBoth() {
            return overPreviousGrade.firstIsBetter() && overConcerns.firstIsBetter();
        }
    }

    /** The areas measured besides overall effectiveness. */
    static final List<JudgementArea> AREAS = List.of(JudgementArea.IMPACT_OF_LEADERS, JudgementArea.HELP_AND_PROTECTION,
            JudgementArea.CHILDREN_IN_CARE, JudgementArea.CARE_LEAVERS);

    private final List<Case> cases;
    private final int inspections;

    private Backtest(List<Case> cases, int inspections) {
        this.cases = cases;
        this.inspections = inspections;
    }

    /** Scores every published ILACS inspection as of its start date. */
    static Backtest run(Scoring scoring, RuleSet ruleSet) {
        List<Case> cases = new ArrayList<>();
        List<OfstedInspection> inspections = scoring.data().publishedInspections();
        for (OfstedInspection inspection : inspections) {
            AuthorityScore score = scoring.score(ruleSet, inspection.localAuthorityCode(), inspection.localAuthorityName(), inspection.inspectionDate());
            if (score.previousGrade().isPresent()) {
                cases.add(new Case(inspection, score));
            }
        }
        return new Backtest(List.copyOf(cases), inspections.size());
    }

    List<Case> cases() {
        return cases;
    }

    /** Published inspections, including those left out for having no previous grade. */
    int inspections() {
        return inspections;
    }

    /** Overall effectiveness requires improvement or is inadequate. */
    Result overall() {
        return result("overall effectiveness less than good", cases.stream()
                .filter(found -> found.grade(JudgementArea.OVERALL_EFFECTIVENESS).isPresent()).toList(), JudgementArea.OVERALL_EFFECTIVENESS);
    }

    /** Each area less than good, on the inspections that graded it. */
    Map<JudgementArea, Result> byArea() {
        Map<JudgementArea, Result> results = new EnumMap<>(JudgementArea.class);
        for (JudgementArea area : AREAS) {
            List<Case> graded = cases.stream().filter(found -> found.grade(area).isPresent()).toList();
            results.put(area, result(area.ofstedTitle() + " less than good", graded, area));
        }
        return results;
    }

    private static Result result(String outcome, List<Case> measured, JudgementArea area) {
        boolean[] wanting = new boolean[measured.size()];
        int lessThanGood = 0;
        for (int index = 0; index < measured.size(); index++) {
            wanting[index] = !measured.get(index).grade(area).orElseThrow().isAtLeast(Grade.GOOD);
            lessThanGood += wanting[index] ? 1 : 0;
        }
        double[] ranking = scores(measured, found -> found.score().score());
        double[] previous = scores(measured, Case::previousGradeRank);
        double[] concerns = scores(measured, Case::concernCount);
        return new Result(outcome, measured.size(), lessThanGood, RocAuc.of(ranking, wanting), RocAuc.of(previous, wanting),
                RocAuc.of(concerns, wanting), RocAuc.compare(ranking, previous, wanting), RocAuc.compare(ranking, concerns, wanting));
    }

    private static double[] scores(List<Case> measured, ToDoubleFunction<Case> score) {
        return measured.stream().mapToDouble(score).toArray();
    }

    /** The top of the ranking as of a date, each with the inspections and visits published after it. */
    record Next(Ranking.RankedAuthority authority, List<PastInspection> inspectedSince, List<InspectionHistory.Visit> visitsSince) {
    }

    static List<Next> topWithWhatHappenedNext(Scoring scoring, RuleSet ruleSet, LocalDate asOf, int howMany) {
        Ranking ranking = scoring.rank(ruleSet, asOf);
        return ranking.authorities().stream().limit(howMany)
                .map(authority -> new Next(authority, scoring.history().inspectedOnOrAfter(authority.localAuthorityCode(), asOf),
                        scoring.history().visitsOnOrAfter(authority.localAuthorityCode(), asOf)))
                .toList();
    }
}

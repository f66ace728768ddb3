package org.judgementsupport.targeting;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.judgementsupport.criteria.Effect;
import org.judgementsupport.framework.Grade;
import org.judgementsupport.framework.JudgementArea;

/**
 * Every local authority ranked as of a date, highest score first: where to look next.
 *
 * @param asOf           only figures and inspections published before this date were used
 * @param ruleSetVersion the rule set whose criteria and targeting score table made the scores
 * @param howToRead      what the score is and what it is not, in a sentence or two
 * @param authorities    every authority, highest score first; equal scores share a rank
 */
public record Ranking(LocalDate asOf, String ruleSetVersion, String howToRead, List<RankedAuthority> authorities) {

    static final String HOW_TO_READ = "Each authority's score is the sum of the points the targeting score table gives for the concerns "
            + "the criteria raise on its figures published before the date, its last inspection's grade and how long ago it was, and its "
            + "figures that got worse since the year before; higher means more likely to be found less than good. It ranks where to look "
            + "first; it is not a grade. How well it would have predicted Ofsted's published inspections is in the README (Where to look next).";

    /**
     * One authority's place.
     *
     * @param rank           1 for the highest score; authorities with equal scores share the rank
     * @param score          the sum of its points
     * @param points         each point, with the row that gave it and what for
     * @param concerns       the concerns, limits and triggers the criteria raise on its published figures
     * @param worsened       its published figures that got worse since the year before
     * @param lastInspection its last inspection published before the date, or null
     * @param neighbours     its statistical neighbours' scores and its position among them
     */
    public record RankedAuthority(int rank, String localAuthorityCode, String localAuthorityName, int score, List<Point> points,
                                  List<Concern> concerns, List<Worsened> worsened, LastInspection lastInspection, Neighbours neighbours) {
    }

    /** Points one row of the targeting score table gave, what for, and the row's source. */
    public record Point(String row, int points, String forWhat, String source) {
    }

    /** A finding the criteria raise on a published figure: the figure, the criterion it met, the national benchmark. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Concern(String rule, Effect effect, JudgementArea area, String evidence, String label, String value, String criterion,
                          BigDecimal threshold, String nationalBenchmark, Integer year, String dataset) {
    }

    /** A published figure that got worse: the year before's, the latest, and how much worse in percent of the earlier. */
    public record Worsened(String evidence, String label, double before, double after, int yearBefore, int year, double worseningPct) {
    }

    /** The last inspection published before the date; for the older SIF only its publication date is known. */
    public record LastInspection(String framework, LocalDate inspected, LocalDate published, Grade overall, long monthsAgo) {
    }

    /**
     * The authority among its ten statistical neighbours (DfE groupings, April 2021).
     *
     * @param position   1 when it has the highest score of the group (itself and its neighbours); null when it has none
     * @param of         how many of the group are ranked
     * @param neighbours each neighbour's score, national rank and last overall grade, closest neighbour first
     */
    public record Neighbours(Integer position, int of, List<Neighbour> neighbours) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Neighbour(String localAuthorityCode, String localAuthorityName, int score, int rank, Grade lastOverallGrade) {
    }
}

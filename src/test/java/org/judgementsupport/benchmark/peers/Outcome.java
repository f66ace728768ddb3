package org.judgementsupport.benchmark.peers;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.judgementsupport.criteria.CitedEvidence;
import org.judgementsupport.criteria.Effect;
import org.judgementsupport.judgement.AreaJudgement;
import org.judgementsupport.judgement.ExplainedFinding;
import org.judgementsupport.judgement.Judgement;
import org.judgementsupport.framework.Grade;
import org.judgementsupport.framework.JudgementArea;

/**
 * What the three engines must agree on for one case: per graded area (overall effectiveness first, where the
 * framework has it) the grade, the best grade still possible, the table row that decided it, and the findings in the
 * order a user reads them, each with its rule, area, effect and the evidence it cites.
 *
 * <p>Engines hand back values as they hold them (an {@code Integer} here, a FEEL {@code BigDecimal} there);
 * {@link #canonical()} puts them in one form before outcomes are compared, so the timed code does no such work. It
 * also lists each finding's evidence by field: the service itself does not keep one order there. A rule that matches
 * twice (leadership instability on both a vacancy and a turnover concern) is merged from Drools' working memory in
 * identity-hash order, so the same evidence cites vacancy then turnover on one call and turnover then vacancy on the
 * next.
 *
 * @param areas every graded area, in the framework's order
 */
public record Outcome(Map<JudgementArea, AreaOutcome> areas) {

    /**
     * @param grade           the grade, or null when not determined
     * @param highestPossible the grade itself when determined, otherwise the best the evidence still allows (null
     *                        when no overall-effectiveness row matches)
     * @param decidedBy       the overall-effectiveness row behind the grade, for overall effectiveness only
     * @param findings        most severe first, then in the order the rules are written
     */
    public record AreaOutcome(Grade grade, Grade highestPossible, String decidedBy, List<OutcomeFinding> findings) {
    }

    /** A finding: the rule, the area it speaks about (the graded area, as a judgement shows it), its effect and evidence. */
    public record OutcomeFinding(String rule, JudgementArea area, Effect effect, List<Cited> evidence) {

        boolean cites(String field) {
            for (Cited cited : evidence) {
                if (cited.field().equals(field)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** One piece of evidence a finding cites: the field, the value submitted and the criterion's threshold, if any. */
    public record Cited(String field, Object value, BigDecimal threshold) {
    }

    /** The outcome the service's full judgement gives: the reference the peers are held to. */
    public static Outcome of(Judgement judgement) {
        Map<JudgementArea, AreaOutcome> areas = new LinkedHashMap<>();
        for (AreaJudgement area : judgement.areas()) {
            areas.put(area.area(), new AreaOutcome(area.grade(), area.highestPossibleGrade(),
                    area.decidedBy() == null ? null : area.decidedBy().rule(),
                    area.findings().stream().map(Outcome::finding).toList()));
        }
        return new Outcome(areas);
    }

    private static OutcomeFinding finding(ExplainedFinding finding) {
        return new OutcomeFinding(finding.rule(), finding.area(), finding.effect(), finding.evidence().stream().map(Outcome::cited).toList());
    }

    static Cited cited(CitedEvidence evidence) {
        return new Cited(evidence.field(), evidence.value(), evidence.threshold());
    }

    /** The same outcome with every value in one form (numbers as plain decimals, practice evaluations by name), evidence by field. */
    public Outcome canonical() {
        Map<JudgementArea, AreaOutcome> canonical = new LinkedHashMap<>();
        areas.forEach((area, outcome) -> canonical.put(area, new AreaOutcome(outcome.grade(), outcome.highestPossible(), outcome.decidedBy(),
                outcome.findings().stream().map(finding -> new OutcomeFinding(finding.rule(), finding.area(), finding.effect(),
                        finding.evidence().stream().map(cited -> new Cited(cited.field(), value(cited.value()), number(cited.threshold())))
                                .sorted(Comparator.comparing(Cited::field)).toList()))
                        .toList())));
        return new Outcome(canonical);
    }

    private static Object value(Object value) {
        if (value instanceof Number number) {
            return number(number);
        }
        return value instanceof Enum<?> named ? named.name() : value;
    }

    private static BigDecimal number(Number number) {
        if (number == null) {
            return null;
        }
        BigDecimal decimal = number instanceof BigDecimal exact ? exact : new BigDecimal(number.toString());
        return decimal.signum() == 0 ? BigDecimal.ZERO : decimal.stripTrailingZeros();
    }
}

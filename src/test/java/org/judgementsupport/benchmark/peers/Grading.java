package org.judgementsupport.benchmark.peers;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.judgementsupport.criteria.Effect;
import org.judgementsupport.criteria.OverallCase;
import org.judgementsupport.criteria.OverallDecision;
import org.judgementsupport.evidence.PracticeQuality;
import org.judgementsupport.framework.Framework;
import org.judgementsupport.framework.Grade;
import org.judgementsupport.framework.JudgementArea;

/**
 * Grades every area from the findings an engine made, the same way for all three engines: this is the service's own
 * grading (its {@code AreaGrading} and {@code OverallGrading}), without the sentences, gaps and improvements a full
 * judgement adds. Each engine brings its own findings and its own overall-effectiveness table; the equivalence check
 * holds the result to the service's full judgement.
 *
 * <p>An inadequacy trigger makes an area inadequate; otherwise the evaluation of practice sets the grade, capped by
 * any limit; without one the area is not determined. Overall effectiveness is the table's first matching row, asked
 * with undetermined areas at their best and at inadequate: determined only when both agree.
 */
final class Grading {

    /** An engine's overall-effectiveness table: the first row matching the area grades, if any. */
    @FunctionalInterface
    interface OverallTable {
        Optional<OverallDecision> decide(OverallCase areaGrades);
    }

    private Grading() {
    }

    /**
     * @param findings the engine's findings, most severe first and then in the order the rules are written, each
     *                 with the area its rule speaks about
     */
    static Outcome grade(CaseInput input, List<Outcome.OutcomeFinding> findings, OverallTable table) {
        Framework framework = input.framework();
        List<JudgementArea> direct = framework.directlyJudgedAreas();
        Map<JudgementArea, List<Outcome.OutcomeFinding>> byArea = new EnumMap<>(JudgementArea.class);
        direct.forEach(area -> byArea.put(area, new ArrayList<>()));
        for (Outcome.OutcomeFinding finding : findings) {
            JudgementArea graded = framework.gradedAreaFor(finding.area());
            byArea.get(graded).add(graded == finding.area() ? finding
                    : new Outcome.OutcomeFinding(finding.rule(), graded, finding.effect(), finding.evidence()));
        }
        Map<JudgementArea, Outcome.AreaOutcome> areas = new LinkedHashMap<>();
        Map<JudgementArea, Grade> best = new EnumMap<>(JudgementArea.class);
        Map<JudgementArea, Grade> worst = new EnumMap<>(JudgementArea.class);
        boolean allDetermined = true;
        for (JudgementArea area : direct) {
            List<Outcome.OutcomeFinding> found = byArea.get(area);
            Grade ceiling = ceiling(found);
            PracticeQuality practice = input.practice(area);
            Grade grade = ceiling == Grade.INADEQUATE ? Grade.INADEQUATE : practice == null ? null : practice.grade().capAt(ceiling);
            areas.put(area, new Outcome.AreaOutcome(grade, grade != null ? grade : ceiling, null, found));
            best.put(area, grade != null ? grade : ceiling);
            worst.put(area, grade != null ? grade : Grade.INADEQUATE);
            allDetermined &= grade != null;
        }
        if (!framework.hasOverallEffectiveness()) {
            return new Outcome(areas);
        }
        Optional<OverallDecision> atBest = table.decide(OverallCase.of(best));
        Optional<OverallDecision> atWorst = allDetermined ? atBest : table.decide(OverallCase.of(worst));
        Outcome.AreaOutcome overall;
        if (atBest.isEmpty() || atWorst.isEmpty()) {
            overall = new Outcome.AreaOutcome(null, null, null, List.of());
        } else {
            Grade grade = atBest.get().grade();
            overall = new Outcome.AreaOutcome(atWorst.get().grade() == grade ? grade : null, grade, atBest.get().rule(), List.of());
        }
        Map<JudgementArea, Outcome.AreaOutcome> ordered = new LinkedHashMap<>();
        ordered.put(JudgementArea.OVERALL_EFFECTIVENESS, overall);
        ordered.putAll(areas);
        return new Outcome(ordered);
    }

    private static Grade ceiling(List<Outcome.OutcomeFinding> findings) {
        Grade ceiling = Grade.OUTSTANDING;
        for (Outcome.OutcomeFinding finding : findings) {
            if (finding.effect() == Effect.INADEQUACY_TRIGGER) {
                return Grade.INADEQUATE;
            }
            if (finding.effect() == Effect.LIMITS_TO_REQUIRES_IMPROVEMENT) {
                ceiling = Grade.REQUIRES_IMPROVEMENT;
            }
        }
        return ceiling;
    }
}

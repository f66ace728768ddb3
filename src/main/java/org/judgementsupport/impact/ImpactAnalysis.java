package org.judgementsupport.impact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.judgementsupport.framework.Grade;
import org.judgementsupport.framework.JudgementArea;
import org.judgementsupport.judgement.AreaJudgement;
import org.judgementsupport.judgement.ExplainedFinding;
import org.judgementsupport.judgement.Judgement;

/** Adds up, case by case, how a candidate's judgements differ from the version in service's. Not thread-safe. */
final class ImpactAnalysis {

    static final int LIST_LIMIT = 200;
    private static final int OUTCOMES = ProvisionalOutcome.values().length;

    private int cases;
    private int onlyFindingsChanged;
    private final Map<JudgementArea, int[][]> transitions = new EnumMap<>(JudgementArea.class);
    private final Map<JudgementArea, int[]> agreement = new EnumMap<>(JudgementArea.class);
    private final Map<String, int[]> firings = new HashMap<>();
    private final List<Changed> changed = new ArrayList<>();

    /** A changed case and how far its largest move was, for ranking. */
    private record Changed(ImpactReport.ChangedCase changedCase, int largestMove) {
    }

    void add(ImpactCase impactCase, Judgement before, Judgement after) {
        cases++;
        List<ImpactReport.AreaChange> areaChanges = new ArrayList<>();
        int largestMove = 0;
        for (AreaJudgement beforeArea : before.areas()) {
            JudgementArea area = beforeArea.area();
            ProvisionalOutcome from = ProvisionalOutcome.of(beforeArea);
            ProvisionalOutcome to = ProvisionalOutcome.of(after.area(area).orElse(null));
            transitions.computeIfAbsent(area, key -> new int[OUTCOMES][OUTCOMES])[from.ordinal()][to.ordinal()]++;
            Grade recorded = impactCase.recordedGrades().get(area);
            if (recorded != null) {
                int[] counts = agreement.computeIfAbsent(area, key -> new int[3]);
                counts[0]++;
                counts[1] += from.name().equals(recorded.name()) ? 1 : 0;
                counts[2] += to.name().equals(recorded.name()) ? 1 : 0;
            }
            if (from != to) {
                areaChanges.add(new ImpactReport.AreaChange(area, from, to, recorded));
                boolean bothGraded = from != ProvisionalOutcome.NOT_DETERMINED && to != ProvisionalOutcome.NOT_DETERMINED;
                largestMove = Math.max(largestMove, bothGraded ? Math.abs(from.ordinal() - to.ordinal()) : 0);
            }
        }
        Set<String> firedBefore = fired(before);
        Set<String> firedAfter = fired(after);
        for (String rule : firedBefore) {
            firings.computeIfAbsent(rule, key -> new int[3])[0]++;
        }
        for (String rule : firedAfter) {
            firings.computeIfAbsent(rule, key -> new int[3])[1]++;
        }
        Set<String> eitherNotBoth = new LinkedHashSet<>(firedBefore);
        eitherNotBoth.addAll(firedAfter);
        eitherNotBoth.removeIf(rule -> firedBefore.contains(rule) && firedAfter.contains(rule));
        eitherNotBoth.forEach(rule -> firings.get(rule)[2]++);

        Set<ImpactReport.FindingChange> findingsBefore = findings(before);
        Set<ImpactReport.FindingChange> findingsAfter = findings(after);
        if (!areaChanges.isEmpty()) {
            changed.add(new Changed(new ImpactReport.ChangedCase(impactCase.caseId(), before.localAuthority().code(), before.inspectionStartDate(),
                    areaChanges, minus(findingsAfter, findingsBefore), minus(findingsBefore, findingsAfter)), largestMove));
        } else if (!findingsBefore.equals(findingsAfter)) {
            onlyFindingsChanged++;
        }
    }

    ImpactReport report(String activeVersion, String candidateVersion, String corpus, long elapsedMillis) {
        List<ImpactReport.AreaTransitions> areas = new ArrayList<>();
        transitions.forEach((area, matrix) -> {
            int total = 0;
            int diagonal = 0;
            for (int row = 0; row < OUTCOMES; row++) {
                for (int column = 0; column < OUTCOMES; column++) {
                    total += matrix[row][column];
                    diagonal += row == column ? matrix[row][column] : 0;
                }
            }
            int[] agreed = agreement.getOrDefault(area, new int[3]);
            areas.add(new ImpactReport.AreaTransitions(area, total, List.of(ProvisionalOutcome.values()), matrix, total - diagonal,
                    agreed[0], agreed[1], agreed[2]));
        });
        List<ImpactReport.ChangedCase> changedCases = changed.stream()
                .sorted(Comparator.comparingInt(Changed::largestMove).reversed()
                        .thenComparing(Comparator.comparingInt((Changed one) -> one.changedCase().areas().size()).reversed())
                        .thenComparing(one -> one.changedCase().caseId()))
                .limit(LIST_LIMIT).map(Changed::changedCase).toList();
        List<ImpactReport.RuleFiringChange> rules = firings.entrySet().stream()
                .map(entry -> {
                    int[] counts = entry.getValue();
                    // Fired under both = (before + after - changed) / 2; under either = both + changed.
                    int either = (counts[0] + counts[1] - counts[2]) / 2 + counts[2];
                    return new ImpactReport.RuleFiringChange(entry.getKey(), counts[0], counts[1], counts[2], either == 0 ? 0 : (double) counts[2] / either);
                })
                .sorted(Comparator.comparingDouble(ImpactReport.RuleFiringChange::changedShare).reversed()
                        .thenComparing(Comparator.comparingInt(ImpactReport.RuleFiringChange::changed).reversed())
                        .thenComparing(ImpactReport.RuleFiringChange::rule))
                .toList();
        return new ImpactReport(activeVersion, candidateVersion, corpus, cases, changed.size(), onlyFindingsChanged, areas, changedCases,
                rules, elapsedMillis);
    }

    /** The criteria that fired and the table rows that decided: everything a policy change can move. */
    private static Set<String> fired(Judgement judgement) {
        Set<String> fired = new LinkedHashSet<>();
        for (AreaJudgement area : judgement.areas()) {
            area.findings().forEach(finding -> fired.add(finding.rule()));
            if (area.decidedBy() != null) {
                fired.add(area.decidedBy().rule());
            }
        }
        if (judgement.nextSteps() != null && judgement.nextSteps().decidedBy() != null) {
            fired.add(judgement.nextSteps().decidedBy().rule());
        }
        return fired;
    }

    private static Set<ImpactReport.FindingChange> findings(Judgement judgement) {
        Set<ImpactReport.FindingChange> findings = new LinkedHashSet<>();
        for (AreaJudgement area : judgement.areas()) {
            for (ExplainedFinding finding : area.findings()) {
                findings.add(new ImpactReport.FindingChange(area.area(), finding.rule(), finding.effect()));
            }
        }
        return findings;
    }

    private static List<ImpactReport.FindingChange> minus(Set<ImpactReport.FindingChange> these, Set<ImpactReport.FindingChange> those) {
        return these.stream().filter(finding -> !those.contains(finding)).toList();
    }
}

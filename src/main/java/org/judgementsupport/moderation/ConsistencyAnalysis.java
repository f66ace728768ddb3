package org.judgementsupport.moderation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import org.judgementsupport.criteria.Effect;
import org.judgementsupport.criteria.OverallDecision;
import org.judgementsupport.evidence.EvidenceField;
import org.judgementsupport.evidence.Indicators;
import org.judgementsupport.framework.Framework;
import org.judgementsupport.framework.Grade;
import org.judgementsupport.framework.JudgementArea;
import org.judgementsupport.judgement.AreaJudgement;
import org.judgementsupport.judgement.ExplainedFinding;
import org.judgementsupport.judgement.Improvement;
import org.judgementsupport.judgement.Judgement;
import org.judgementsupport.judgement.RuleReferences;
import org.judgementsupport.ruleset.RuleSet;

/** Works out a consistency report from cases already judged. */
final class ConsistencyAnalysis {

    /** Lists a panel can read through; the counts in the areas cover every case. */
    static final int LIST_LIMIT = 200;

    /** A case with its provisional judgement. */
    record JudgedCase(ModerationCase moderationCase, Judgement judgement) {

        String id() {
            return moderationCase.caseId();
        }

        Optional<AreaJudgement> area(JudgementArea area) {
            return judgement.area(area);
        }
    }

    private final RuleSet ruleSet;
    private final double similarityThreshold;

    ConsistencyAnalysis(RuleSet ruleSet, double similarityThreshold) {
        this.ruleSet = ruleSet;
        this.similarityThreshold = similarityThreshold;
    }

    ConsistencyReport analyse(List<JudgedCase> cases) {
        List<ConsistencyReport.TableDisagreement> againstTable = againstTable(cases);
        List<ConsistencyReport.Disagreement> disagreements = disagreements(cases);
        SimilarPairs similarPairs = similarPairs(cases);
        List<ConsistencyReport.CriteriaAgainstRecord> triggersOnGood = triggersOnGoodOrOutstanding(cases);
        List<ConsistencyReport.CriteriaAgainstRecord> inadequateWithoutTrigger = inadequateWithoutTrigger(cases);
        return new ConsistencyReport(ruleSet.version(), cases.size(), similarityThreshold, agreement(cases), limited(againstTable),
                limited(disagreements), similarPairs.closest(), limited(triggersOnGood), limited(inadequateWithoutTrigger),
                findingsByGrade(cases), new ConsistencyReport.Totals(againstTable.size(), disagreements.size(), similarPairs.total(),
                triggersOnGood.size(), inadequateWithoutTrigger.size()));
    }

    private List<ConsistencyReport.AreaAgreement> agreement(List<JudgedCase> cases) {
        List<ConsistencyReport.AreaAgreement> areas = new ArrayList<>();
        for (JudgementArea area : JudgementArea.values()) {
            List<Grade[]> pairs = new ArrayList<>();
            Map<Grade, Integer> notDetermined = new EnumMap<>(Grade.class);
            int recorded = 0;
            for (JudgedCase judged : cases) {
                Grade grade = judged.moderationCase().recordedGrades().get(area);
                Optional<AreaJudgement> provisional = judged.area(area);
                if (grade == null || provisional.isEmpty()) {
                    continue;
                }
                recorded++;
                if (provisional.get().determined()) {
                    pairs.add(new Grade[] {grade, provisional.get().grade()});
                } else {
                    notDetermined.merge(grade, 1, Integer::sum);
                }
            }
            if (recorded > 0) {
                areas.add(new ConsistencyReport.AreaAgreement(area, recorded, notDetermined.values().stream().mapToInt(Integer::intValue).sum(),
                        Agreement.of(pairs), notDetermined));
            }
        }
        return areas;
    }

    /** The recorded area grades run through the overall-effectiveness table must give the recorded overall grade. */
    private List<ConsistencyReport.TableDisagreement> againstTable(List<JudgedCase> cases) {
        List<ConsistencyReport.TableDisagreement> found = new ArrayList<>();
        for (JudgedCase judged : cases) {
            Framework framework = judged.judgement().framework();
            Map<JudgementArea, Grade> recorded = judged.moderationCase().recordedGrades();
            Grade recordedOverall = recorded.get(JudgementArea.OVERALL_EFFECTIVENESS);
            if (!framework.hasOverallEffectiveness() || recordedOverall == null
                    || !recorded.keySet().containsAll(framework.overallFollowsFrom())) {
                continue;
            }
            Map<JudgementArea, Grade> areas = new EnumMap<>(JudgementArea.class);
            framework.overallFollowsFrom().forEach(area -> areas.put(area, recorded.get(area)));
            Optional<OverallDecision> table = ruleSet.overallEffectiveness(framework, areas);
            if (table.isPresent() && table.get().grade() != recordedOverall) {
                found.add(new ConsistencyReport.TableDisagreement(judged.id(), recordedOverall, areas, table.get().grade(), new RuleReferences(ruleSet.catalogue()).of(table.get().rule())));
            }
        }
        return found;
    }

    private List<ConsistencyReport.Disagreement> disagreements(List<JudgedCase> cases) {
        List<ConsistencyReport.Disagreement> found = new ArrayList<>();
        for (JudgedCase judged : cases) {
            judged.moderationCase().recordedGrades().forEach((area, recorded) -> judged.area(area).ifPresent(provisional -> {
                int size;
                ConsistencyReport.Disagreement.Kind kind;
                if (provisional.determined()) {
                    size = Math.abs(recorded.rank() - provisional.grade().rank());
                    kind = ConsistencyReport.Disagreement.Kind.DIFFERENT_GRADE;
                } else {
                    Grade best = provisional.highestPossibleGrade();
                    size = best != null && recorded.isBetterThan(best) ? best.rank() - recorded.rank() : 0;
                    kind = ConsistencyReport.Disagreement.Kind.BETTER_THAN_THE_CRITERIA_ALLOW;
                }
                if (size > 0) {
                    found.add(new ConsistencyReport.Disagreement(judged.id(), area, recorded, describe(provisional), size, kind,
                            provisional.basis(),
                            provisional.findings().stream().map(finding -> new ConsistencyReport.FindingSummary(finding.rule(), finding.effect())).toList(),
                            provisional.toImprove().stream().map(Improvement::change).toList()));
                }
            }));
        }
        found.sort(Comparator.comparingInt(ConsistencyReport.Disagreement::size).reversed()
                .thenComparing(ConsistencyReport.Disagreement::caseId).thenComparing(ConsistencyReport.Disagreement::area));
        return found;
    }

    /** Similar pairs, closest first: all counted, only the closest {@link #LIST_LIMIT} kept (a large batch has very many). */
    private SimilarPairs similarPairs(List<JudgedCase> cases) {
        List<Map<EvidenceField, Double>> scaled = cases.stream().map(judged -> EvidenceDistance.scaled(judged.moderationCase().evidence())).toList();
        Comparator<ConsistencyReport.SimilarPair> closestFirst = Comparator.comparingDouble(ConsistencyReport.SimilarPair::distance)
                .thenComparing(Comparator.comparingInt(ConsistencyReport.SimilarPair::gradesApart).reversed())
                .thenComparing(ConsistencyReport.SimilarPair::caseA).thenComparing(ConsistencyReport.SimilarPair::caseB)
                .thenComparing(ConsistencyReport.SimilarPair::area);
        PriorityQueue<ConsistencyReport.SimilarPair> closest = new PriorityQueue<>(closestFirst.reversed());
        int total = 0;
        for (int first = 0; first < cases.size(); first++) {
            for (int second = first + 1; second < cases.size(); second++) {
                Double distance = EvidenceDistance.between(scaled.get(first), scaled.get(second));
                if (distance == null || distance > similarityThreshold) {
                    continue;
                }
                JudgedCase a = cases.get(first);
                JudgedCase b = cases.get(second);
                for (Map.Entry<JudgementArea, Grade> recorded : a.moderationCase().recordedGrades().entrySet()) {
                    Grade other = b.moderationCase().recordedGrades().get(recorded.getKey());
                    if (other == null || Math.abs(recorded.getValue().rank() - other.rank()) < 2) {
                        continue;
                    }
                    total++;
                    if (closest.size() == LIST_LIMIT && distance > closest.peek().distance()) {
                        continue;
                    }
                    closest.add(new ConsistencyReport.SimilarPair(recorded.getKey(), a.id(), recorded.getValue(), b.id(), other,
                            Math.abs(recorded.getValue().rank() - other.rank()), distance,
                            EvidenceDistance.shared(scaled.get(first), scaled.get(second)), largestDifferences(a, b, scaled.get(first), scaled.get(second))));
                    if (closest.size() > LIST_LIMIT) {
                        closest.poll();
                    }
                }
            }
        }
        return new SimilarPairs(closest.stream().sorted(closestFirst).toList(), total);
    }

    private record SimilarPairs(List<ConsistencyReport.SimilarPair> closest, int total) {
    }

    private static List<ConsistencyReport.FieldDifference> largestDifferences(JudgedCase a, JudgedCase b, Map<EvidenceField, Double> one,
                                                                              Map<EvidenceField, Double> other) {
        Map<String, Object> valuesA = values(a);
        Map<String, Object> valuesB = values(b);
        return one.keySet().stream().filter(other::containsKey)
                .sorted(Comparator.comparingDouble((EvidenceField field) -> Math.abs(one.get(field) - other.get(field))).reversed())
                .limit(3)
                .map(field -> new ConsistencyReport.FieldDifference(field.path(), valuesA.get(field.path()), valuesB.get(field.path())))
                .toList();
    }

    private static Map<String, Object> values(JudgedCase judged) {
        Map<String, Object> values = new LinkedHashMap<>();
        Indicators.from(judged.moderationCase().evidence())
                .forEach(indicator -> values.put(indicator.path(), indicator.value()));
        return values;
    }

    private static List<ConsistencyReport.CriteriaAgainstRecord> triggersOnGoodOrOutstanding(List<JudgedCase> cases) {
        List<ConsistencyReport.CriteriaAgainstRecord> found = new ArrayList<>();
        for (JudgedCase judged : cases) {
            judged.moderationCase().recordedGrades().forEach((area, recorded) -> {
                if (recorded.isAtLeast(Grade.GOOD)) {
                    judged.area(area).ifPresent(provisional -> {
                        List<String> triggers = rules(provisional, Effect.INADEQUACY_TRIGGER);
                        if (!triggers.isEmpty()) {
                            found.add(new ConsistencyReport.CriteriaAgainstRecord(judged.id(), area, recorded, triggers));
                        }
                    });
                }
            });
        }
        return found;
    }

    private static List<ConsistencyReport.CriteriaAgainstRecord> inadequateWithoutTrigger(List<JudgedCase> cases) {
        List<ConsistencyReport.CriteriaAgainstRecord> found = new ArrayList<>();
        for (JudgedCase judged : cases) {
            judged.moderationCase().recordedGrades().forEach((area, recorded) -> {
                if (recorded == Grade.INADEQUATE && area != JudgementArea.OVERALL_EFFECTIVENESS) {
                    judged.area(area).filter(provisional -> rules(provisional, Effect.INADEQUACY_TRIGGER).isEmpty())
                            .ifPresent(provisional -> found.add(new ConsistencyReport.CriteriaAgainstRecord(judged.id(), area, recorded,
                                    provisional.findings().stream().map(ExplainedFinding::rule).toList())));
                }
            });
        }
        return found;
    }

    private static List<ConsistencyReport.FindingsByGrade> findingsByGrade(List<JudgedCase> cases) {
        List<ConsistencyReport.FindingsByGrade> rows = new ArrayList<>();
        for (JudgementArea area : JudgementArea.values()) {
            if (area == JudgementArea.OVERALL_EFFECTIVENESS) {
                continue;
            }
            for (Grade grade : Grade.values()) {
                int count = 0;
                int concerns = 0;
                int withLimit = 0;
                int withTrigger = 0;
                for (JudgedCase judged : cases) {
                    Optional<AreaJudgement> provisional = judged.area(area);
                    if (judged.moderationCase().recordedGrades().get(area) != grade || provisional.isEmpty()) {
                        continue;
                    }
                    count++;
                    concerns += rules(provisional.get(), Effect.CONCERN).size();
                    withLimit += rules(provisional.get(), Effect.LIMITS_TO_REQUIRES_IMPROVEMENT).isEmpty() ? 0 : 1;
                    withTrigger += rules(provisional.get(), Effect.INADEQUACY_TRIGGER).isEmpty() ? 0 : 1;
                }
                if (count > 0) {
                    rows.add(new ConsistencyReport.FindingsByGrade(area, grade, count, (double) concerns / count,
                            (double) withLimit / count, (double) withTrigger / count));
                }
            }
        }
        return rows;
    }

    private static List<String> rules(AreaJudgement area, Effect effect) {
        return area.findings().stream().filter(finding -> finding.effect() == effect).map(ExplainedFinding::rule).toList();
    }

    private static String describe(AreaJudgement area) {
        return area.determined() ? area.grade().name()
                : "not determined" + (area.highestPossibleGrade() == null ? "" : ", at best " + area.highestPossibleGrade().name());
    }

    private static <T> List<T> limited(List<T> items) {
        return List.copyOf(items.subList(0, Math.min(LIST_LIMIT, items.size())));
    }
}

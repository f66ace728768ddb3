/**
 * The vocabulary rules speak: the facts they match and the results they emit.
 *
 * <p>Rules in {@code rules/} and {@code decision-tables/} import these types. A criterion row matches an
 * {@link org.judgementsupport.evidence.Indicator} with a {@link org.judgementsupport.criteria.Criterion} ("below 80",
 * "at least 32", "no") and emits a {@link org.judgementsupport.criteria.Finding} whose
 * {@link org.judgementsupport.criteria.Effect} says what it does to the area's grade. The overall-effectiveness and
 * next-steps tables read an {@link org.judgementsupport.criteria.OverallCase} or
 * {@link org.judgementsupport.criteria.NextStepsCase} and emit a decision naming the row that made it. The targeting
 * score table reads an authority's findings, its {@link org.judgementsupport.criteria.TargetingCase} (last grade, time
 * since) and its {@link org.judgementsupport.criteria.Trend}s, and emits {@link org.judgementsupport.criteria.ScorePoints}
 * naming the row that gave them. Under the single inspection framework the overall table reads a
 * {@link org.judgementsupport.criteria.KeyJudgementsCase}, and the limiting-judgements table a
 * {@link org.judgementsupport.criteria.SubJudgementsCase}.
 */
package org.judgementsupport.criteria;

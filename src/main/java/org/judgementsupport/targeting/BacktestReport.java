package org.judgementsupport.targeting;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.judgementsupport.framework.JudgementArea;
import org.judgementsupport.ruleset.RuleSet;

/** The backtest as text, the same from the command and the test that prints it. */
final class BacktestReport {

    static final LocalDate TOP_AS_OF = LocalDate.of(2024, 4, 1);
    static final int TOP = 20;

    private BacktestReport() {
    }

    static String write(Scoring scoring, RuleSet ruleSet) {
        Backtest backtest = Backtest.run(scoring, ruleSet);
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Backtest of rule set %s on %d of Ofsted's %d published ILACS inspections "
                        + "(%d had no previous grade published before them and are left out)%n",
                ruleSet.version().substring(0, 12), backtest.cases().size(), backtest.inspections(), backtest.inspections() - backtest.cases().size()));
        out.append("ROC AUC with 95% CI (DeLong); differences are the ranking's AUC minus the baseline's, paired DeLong 95% CI\n");
        out.append(line(backtest.overall()));
        for (Map.Entry<JudgementArea, Backtest.Result> area : backtest.byArea().entrySet()) {
            out.append(line(area.getValue()));
        }
        out.append(String.format(Locale.ROOT, "%nTop %d as of %s, and what happened next (Ofsted's files run to March 2025)%n", TOP, TOP_AS_OF));
        for (Backtest.Next next : Backtest.topWithWhatHappenedNext(scoring, ruleSet, TOP_AS_OF, TOP)) {
            out.append(String.format(Locale.ROOT, "%3d. %-38s %3d  last: %-42s next: %s%n", next.authority().rank(), next.authority().localAuthorityName(),
                    next.authority().score(), last(next.authority().lastInspection()), whatHappened(next)));
        }
        return out.toString();
    }

    static String line(Backtest.Result result) {
        return String.format(Locale.ROOT, "%s (%d inspections, %d less than good):%n"
                        + "  ranking %s   previous grade alone %s   count of concerns alone %s%n"
                        + "  ranking minus previous grade %s   ranking minus count of concerns %s   beats both: %s%n",
                result.outcome(), result.cases(), result.lessThanGood(), auc(result.ranking()), auc(result.previousGrade()), auc(result.concerns()),
                difference(result.overPreviousGrade()), difference(result.overConcerns()), result.beatsBoth() ? "yes" : "no");
    }

    static String auc(RocAuc auc) {
        return String.format(Locale.ROOT, "%.3f (%.3f to %.3f)", auc.auc(), auc.lower95(), auc.upper95());
    }

    static String difference(RocAuc.Comparison comparison) {
        return String.format(Locale.ROOT, "%+.3f (%+.3f to %+.3f)", comparison.difference(), comparison.lower95(), comparison.upper95());
    }

    private static String last(Ranking.LastInspection last) {
        return last == null ? "none published" : last.overall().ofstedWording() + " (" + last.framework() + " " + last.inspected() + ")";
    }

    private static String whatHappened(Backtest.Next next) {
        if (next.inspectedSince().isEmpty() && next.visitsSince().isEmpty()) {
            return "no inspection or visit by March 2025";
        }
        List<String> events = next.visitsSince().stream()
                .map(visit -> visit.date() + " " + visit.type().replace("ILACS ", "") + (visit.overall() != null ? ": " + visit.overall().ofstedWording()
                        : visit.theme() != null ? " (" + visit.theme() + ")" : ""))
                .collect(Collectors.toList());
        next.inspectedSince().stream()
                .filter(inspection -> next.visitsSince().stream().noneMatch(visit -> visit.date().equals(inspection.inspected())))
                .forEach(inspection -> events.add(inspection.inspected() + " inspection: " + inspection.overall().ofstedWording()));
        return String.join("; ", events);
    }
}

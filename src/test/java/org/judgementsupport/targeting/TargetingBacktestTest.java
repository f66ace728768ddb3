package org.judgementsupport.targeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.judgementsupport.framework.JudgementArea;
import org.judgementsupport.realdata.RealData;
import org.judgementsupport.realdata.SharedData;
import org.judgementsupport.ruleset.RepositoryRuleSet;
import org.judgementsupport.ruleset.RuleSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The backtest on Ofsted's published inspections: prints the figures, and holds the README's "Where to look next" to
 * them, including its verdict. The ranking is held to beating both baselines only if it does: when it does not, the
 * README must say so, and when a change to the targeting score table makes it beat both, this test fails until the
 * README says that instead.
 */
class TargetingBacktestTest {

    private static RuleSet ruleSet;
    private static Scoring scoring;
    private static Backtest backtest;
    private static String readme;

    @BeforeAll
    static void runTheBacktest() throws IOException {
        ruleSet = RepositoryRuleSet.get();
        scoring = Scoring.of(RealData.read(SharedData.dataFolder()));
        backtest = Backtest.run(scoring, ruleSet);
        readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    }

    @Test
    void printsTheFiguresAndTheReadmeShowsThemAsTheyAre() {
        System.out.println(BacktestReport.write(scoring, ruleSet));

        assertThat(readme).contains(BacktestReport.line(backtest.overall()).stripTrailing());
        for (Map.Entry<JudgementArea, Backtest.Result> area : backtest.byArea().entrySet()) {
            assertThat(readme).as(area.getKey().name()).contains(BacktestReport.line(area.getValue()).stripTrailing());
        }
        assertThat(readme).contains("the same " + backtest.cases().size() + " inspections",
                (backtest.inspections() - backtest.cases().size()) + " had no grade published before them");
    }

    @Test
    void theReadmesVerdictIsTheBacktests() {
        Backtest.Result overall = backtest.overall();

        if (overall.beatsBoth()) {
            assertThat(readme).contains("the ranking earns its place").doesNotContain("the ranking does not earn its place");
        } else {
            assertThat(readme).contains("the ranking does not earn its place yet").doesNotContain("the ranking earns its place");
        }
    }

    @Test
    void theRankingsAndBaselinesAreMeasuredOnTheSameInspectionsEachScoredBeforeItStarted() {
        assertThat(backtest.cases()).isNotEmpty().allSatisfy(found -> {
            assertThat(found.score().lastInspection()).hasValueSatisfying(last ->
                    assertThat(last.published()).isBefore(found.inspection().inspectionDate()));
            found.score().figures().forEach(figure -> assertThat(figure.publishedBy()).isBefore(found.inspection().inspectionDate()));
        });
        Backtest.Result overall = backtest.overall();
        assertThat(overall.ranking().positives() + overall.ranking().negatives()).isEqualTo(overall.cases())
                .isEqualTo(overall.previousGrade().positives() + overall.previousGrade().negatives())
                .isEqualTo(overall.concerns().positives() + overall.concerns().negatives());
    }

    @Test
    void theTopTwentyAsOfApril2024AreInTheReadmeWithWhatHappenedNext() {
        for (Backtest.Next next : Backtest.topWithWhatHappenedNext(scoring, ruleSet, BacktestReport.TOP_AS_OF, BacktestReport.TOP)) {
            assertThat(readme).contains("| " + next.authority().rank() + " | " + next.authority().localAuthorityName() + " | "
                    + next.authority().score() + " |");
        }
    }
}

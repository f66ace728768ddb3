package org.judgementsupport.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.judgementsupport.framework.Grade;
import org.judgementsupport.ruleset.SourceFile;
import org.junit.jupiter.api.Test;

/** A case about the targeting score is read with what it gives and expects, or refused saying what it lacks. */
class TargetingScenarioFilesTest {

    private static final String CASE = """
            - name: A case
              description: Why.
              evidence: {localAuthority: {code: E10000012}, inspection: {startDate: 2024-04-01}}
              targeting:
                previousGrade: GOOD
                trends: [{evidence: %s, before: 10, after: 12}]
              expect:
                rulesFired: []
            %s""";

    @Test
    void aTargetingCaseIsReadWithItsHistoryTrendsScoreAndRows() {
        ScenarioFiles.Suite suite = read(CASE.formatted("childrenInCare.threePlusPlacementsPct", "    score: 3\n    pointsFrom: [A row]\n"));

        assertThat(suite.problems()).isEmpty();
        TargetingGiven given = suite.scenarios().get(0).targeting();
        assertThat(given.previousGrade()).isEqualTo(Grade.GOOD);
        assertThat(given.monthsSinceLastInspection()).isNull();
        assertThat(given.trends()).singleElement().satisfies(trend -> assertThat(trend.after()).isEqualTo(12.0));
        assertThat(given.score()).isEqualTo(3);
        assertThat(given.pointsFrom()).containsExactly("A row");
    }

    @Test
    void aTargetingCaseWithoutTheScoreItExpectsIsRefused() {
        ScenarioFiles.Suite suite = read(CASE.formatted("childrenInCare.threePlusPlacementsPct", "    pointsFrom: [A row]\n"));

        assertThat(suite.problems()).singleElement().satisfies(problem -> assertThat(problem.message()).contains("expects both 'score' and 'pointsFrom'"));
    }

    @Test
    void aTrendOnEvidenceThatIsNotANumberIsRefused() {
        ScenarioFiles.Suite suite = read(CASE.formatted("leadership.practiceQuality", "    score: 3\n    pointsFrom: [A row]\n"));

        assertThat(suite.problems()).singleElement().satisfies(problem -> assertThat(problem.message()).contains("names a numeric evidence field"));
    }

    private static ScenarioFiles.Suite read(String yaml) {
        return ScenarioFiles.read(List.of(new SourceFile("scenarios/x.yaml", yaml.getBytes(StandardCharsets.UTF_8))));
    }
}

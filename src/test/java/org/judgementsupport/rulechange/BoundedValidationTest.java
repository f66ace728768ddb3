package org.judgementsupport.rulechange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.judgementsupport.ruleset.RepositoryRuleSet;
import org.judgementsupport.ruleset.RuleFolderFixture;
import org.judgementsupport.ruleset.RuleSetProblem;
import org.judgementsupport.ruleset.RuleSetSettings;
import org.judgementsupport.ruleset.RuleSetSnapshot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

/**
 * A candidate rule set is validated in a separate process with a deadline and a heap limit: one that would take too
 * long or too much memory is refused with that reason, the process is replaced, and the next candidate is validated
 * as usual. {@link BoundedValidationApiTest} shows the same through the API, for memory.
 */
class BoundedValidationTest {

    @TempDir
    Path directory;

    private SeparateProcessValidation validation;

    @AfterEach
    void stopTheProcess() {
        if (validation != null) {
            validation.close();
        }
    }

    @Test
    void aValidCandidateIsValidatedInTheSeparateProcessWithEveryScenario() {
        validation = new SeparateProcessValidation(limits(Duration.ofSeconds(120), DataSize.ofMegabytes(512)), Clock.systemUTC());

        ValidationReport report = validation.validate(RepositoryRuleSet.folder().read());

        assertThat(report.valid()).as(report.toText()).isTrue();
        assertThat(report.ruleCount()).isEqualTo(RepositoryRuleSet.get().catalogue().rules().size());
        assertThat(report.scenarios().run()).isPositive().isEqualTo(report.scenarios().passed());
        assertThat(report.monotonicity().checked()).isTrue();
    }

    @Test
    void aCandidateThatTakesLongerThanAllowedIsRefusedAndTheNextIsValidated() {
        validation = new SeparateProcessValidation(limits(Duration.ofSeconds(120), DataSize.ofMegabytes(1024)), Clock.systemUTC());
        // Warm first, so the deadline below measures the candidate, not the process starting.
        assertThat(validation.validate(RepositoryRuleSet.folder().read()).valid()).isTrue();
        validation.close();
        validation = new SeparateProcessValidation(limits(Duration.ofSeconds(3), DataSize.ofMegabytes(1024)), Clock.systemUTC());

        ValidationReport refused = validation.validate(ExplosiveCandidate.in(directory.resolve("explosive")));

        assertThat(refused.errors()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(RuleSetProblem.Kind.TOO_MUCH_WORK);
            assertThat(problem.message()).contains("took longer than 3 s");
        });
        assertThat(refused.millis()).isLessThan(15_000);
    }

    private static RuleSetSettings.Validation limits(Duration time, DataSize memory) {
        return new RuleSetSettings.Validation(true, time, memory);
    }

    /** Rules every line of which is allowed, that together would make millions of matches in one judgement. */
    static final class ExplosiveCandidate {

        static final int CONCERNS = 1_500;

        static RuleSetSnapshot in(Path folder) {
            RuleFolderFixture fixture = RuleFolderFixture.copyOfRepository(folder);
            Object[][] rows = new Object[CONCERNS][];
            for (int index = 0; index < CONCERNS; index++) {
                rows[index] = new Object[] {"Any caseload is worth noting " + index, "IMPACT_OF_LEADERS", "workforce.caseloadPerSocialWorker",
                        "at least 0", "CONCERN", "", "DfE 2025"};
            }
            fixture.write("decision-tables/criteria/every-caseload.drl.xlsx", RuleFolderFixture.criteriaWorkbook("judgementsupport.criteria.every", rows));
            fixture.write("rules/pairs.drl", """
                    package judgementsupport.criteria.pairs;
                    import org.judgementsupport.criteria.Effect;
                    import org.judgementsupport.criteria.Finding;
                    import org.judgementsupport.ruleset.Findings;

                    rule "Two concerns about caseloads make a limit"
                        @area(IMPACT_OF_LEADERS) @source("DfE 2025")
                    when
                        $first : Finding(effect == Effect.CONCERN, cites("workforce.caseloadPerSocialWorker"))
                        $second : Finding(effect == Effect.CONCERN, cites("workforce.caseloadPerSocialWorker"))
                    then
                        insert(Findings.combine(drools, Effect.LIMITS_TO_REQUIRES_IMPROVEMENT, $first, $second));
                    end
                    """);
            return fixture.folder().read();
        }
    }
}

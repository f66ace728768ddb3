package org.judgementsupport.rulechange;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.time.Clock;
import org.judgementsupport.evidence.EvidenceReader;
import org.judgementsupport.ruleset.RepositoryRuleSet;
import org.judgementsupport.ruleset.RuleFolderFixture;
import org.judgementsupport.ruleset.RuleSetLoader;
import org.judgementsupport.scenario.ScenarioFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The validation report, and the command policy staff run on their folder. */
class RuleSetValidatorTest {

    private final RuleSetValidator validator = new RuleSetValidator(new RuleSetLoader(), EvidenceReader.standalone(), Clock.systemUTC());

    @Test
    void theRepositoryRuleSetIsValidOnEveryCount() {
        ValidationReport report = validator.validate(RepositoryRuleSet.folder().read()).report();

        assertThat(report.valid()).isTrue();
        assertThat(report.errors()).isEmpty();
        assertThat(report.monotonicity().checked()).isTrue();
        assertThat(report.monotonicity().violations()).isEmpty();
        assertThat(report.monotonicity().pairsChecked()).isGreaterThan(100);
        assertThat(report.scenarios().passed()).isEqualTo(report.scenarios().run()).isGreaterThanOrEqualTo(40);
    }

    @Test
    void aRuleThatMakesBetterEvidenceGiveAWorseGradeIsFoundWithACounterexample(@TempDir Path folder) {
        RuleFolderFixture fixture = RuleFolderFixture.copyOfRepository(folder);
        // Combines findings, so only the engine-based check can see it: very low caseloads trigger inadequacy.
        fixture.write("rules/low-caseloads.drl", """
                package fixture.lowcaseloads;
                import org.judgementsupport.criteria.Effect;
                import org.judgementsupport.criteria.Finding;
                import org.judgementsupport.ruleset.Findings;

                rule "Suspiciously low caseloads"
                    @area(IMPACT_OF_LEADERS) @source("a test")
                when
                    $low : Finding(effect == Effect.STRENGTH, cites("workforce.caseloadPerSocialWorker"))
                then
                    insert(Findings.combine(drools, Effect.INADEQUACY_TRIGGER, $low));
                end
                """);

        ValidationReport report = validator.validate(fixture.folder().read()).report();

        assertThat(report.valid()).isFalse();
        assertThat(report.monotonicity().violations()).isNotEmpty().allSatisfy(violation -> {
            assertThat(violation.field()).isEqualTo("workforce.caseloadPerSocialWorker");
            assertThat(violation.area()).isEqualTo("IMPACT_OF_LEADERS");
            assertThat(violation.rulesAfter()).contains("Suspiciously low caseloads");
            assertThat(violation.rulesBefore()).doesNotContain("Suspiciously low caseloads");
            assertThat(violation.evidenceBefore()).containsKey("workforce.caseloadPerSocialWorker");
        });
        assertThat(report.toText()).contains("Better evidence never gives a worse grade: FAILS", "workforce.caseloadPerSocialWorker");
    }

    @Test
    void aScenarioThatNoLongerHoldsIsReportedExpectedAgainstActual(@TempDir Path folder) {
        RuleFolderFixture fixture = RuleFolderFixture.copyOfRepository(folder);
        String limits = new String(fixture.read("scenarios/limits.yaml"), StandardCharsets.UTF_8);
        fixture.write("scenarios/limits.yaml", limits.replace("returnInterviewsOfferedPct: 70}", "returnInterviewsOfferedPct: 85}"));

        ValidationReport report = validator.validate(fixture.folder().read()).report();

        assertThat(report.valid()).isFalse();
        assertThat(report.scenarios().failed()).singleElement().satisfies(failed -> {
            assertThat(failed.name()).isEqualTo("Return interviews offered to 70% of missing children limit help and protection");
            assertThat(failed.differences()).contains("HELP_AND_PROTECTION: expected REQUIRES_IMPROVEMENT, got GOOD");
        });
    }

    @Test
    void theCommandExitsZeroForAValidFolderAndOneWithTheReportForABrokenOne(@TempDir Path folder) throws Exception {
        ByteArrayOutputStream valid = new ByteArrayOutputStream();
        assertThat(ValidateCommand.run(new String[] {RepositoryRuleSet.folder().root().toString()}, new PrintStream(valid, true, StandardCharsets.UTF_8)))
                .isZero();
        int scenarios = ScenarioFiles.read(RepositoryRuleSet.folder().read().scenarioFiles()).scenarios().size();
        assertThat(valid.toString(StandardCharsets.UTF_8)).contains("VALID: rule set", "Policy scenarios: " + scenarios + " of " + scenarios + " pass");

        RuleFolderFixture fixture = RuleFolderFixture.copyOfRepository(folder);
        fixture.write("rules/broken.drl", "package fixture.broken;\nrule \"Unfinished\"\nwhen\n  Indicator(\nthen\nend\n");
        ByteArrayOutputStream broken = new ByteArrayOutputStream();
        assertThat(ValidateCommand.run(new String[] {folder.toString()}, new PrintStream(broken, true, StandardCharsets.UTF_8))).isEqualTo(1);
        assertThat(broken.toString(StandardCharsets.UTF_8)).contains("NOT VALID", "rules/broken.drl, line");
    }

    @Test
    void theCommandWithJsonPrintsTheReportAsTheApiGivesIt(@TempDir Path folder) throws Exception {
        RuleFolderFixture fixture = RuleFolderFixture.copyOfRepository(folder);
        fixture.write("rules/broken.drl", "package fixture.broken;\nrule \"Unfinished\"\nwhen\n  Indicator(\nthen\nend\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int code = ValidateCommand.run(new String[] {folder.toString(), "--json"}, new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(code).isEqualTo(1);
        JsonNode report = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(report.path("valid").asBoolean()).isFalse();
        assertThat(report.path("version").asText()).isEqualTo(fixture.folder().read().version());
        assertThat(report.path("errors")).isNotEmpty().allSatisfy(error -> assertThat(error.path("location").path("file").asText()).isEqualTo("rules/broken.drl"));
        assertThat(report.at("/errors/0/location/line").asInt()).isPositive();
    }

    @Test
    void theCommandReadsTheFolderWithTheServicesLargestRuleFileAsConfigured(@TempDir Path folder) throws Exception {
        RuleFolderFixture.copyOfRepository(folder);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int code = ValidateCommand.run(new String[] {folder.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
                Map.of("JUDGEMENT_SUPPORT_RULE_SET_UPLOADS_MAX_FILE_SIZE", "2KB"));

        assertThat(code).as("every workbook is larger than 2 KB").isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("NOT VALID", ".drl.xlsx", "2048 bytes");
        assertThat(ValidateCommand.maxFileBytes(Map.of())).as("the service's default").isEqualTo(UploadLimits.DEFAULT.maxFileSize().toBytes());
        assertThat(ValidateCommand.maxFileBytes(Map.of("judgement-support.rule-set.uploads.max-file-size", "1MB"))).isEqualTo(1024 * 1024);
    }
}

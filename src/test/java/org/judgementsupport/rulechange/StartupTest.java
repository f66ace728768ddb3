package org.judgementsupport.rulechange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import org.judgementsupport.JudgementSupportApplication;
import org.judgementsupport.ruleset.RuleFolderFixture;
import org.judgementsupport.ruleset.WorkbookEdit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.NestedExceptionUtils;

/** The service never starts half-way: a rule folder that does not validate stops it, with the validation report. */
class StartupTest {

    @Test
    void aRuleFolderThatDoesNotValidateStopsTheServiceWithTheReport(@TempDir Path folder) {
        RuleFolderFixture fixture = RuleFolderFixture.copyOfRepository(folder);
        String limits = "decision-tables/criteria/limits-to-requires-improvement.drl.xlsx";
        fixture.write(limits, WorkbookEdit.setCell(fixture.read(limits),
                "Supervision is up to date for fewer than 60% of social workers", "Source", ""));

        // Command-line arguments, as an operator would pass them, outrank application.yml.
        Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(JudgementSupportApplication.class)
                .run("--server.port=0", "--judgement-support.rule-set.folder=" + folder,
                        "--spring.datasource.url=jdbc:h2:mem:startup-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE"));

        Throwable cause = NestedExceptionUtils.getRootCause(failure);
        assertThat(cause).isInstanceOf(RuleSetRefusedException.class)
                .hasMessageContaining("will not start")
                .hasMessageContaining(limits + ", sheet 'Limits', cell G13")
                .hasMessageContaining("names no source");
        assertThat(((RuleSetRefusedException) cause).report().valid()).isFalse();
    }
}

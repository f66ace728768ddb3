package org.judgementsupport.rulechange;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.judgementsupport.evidence.EvidenceReader;
import org.judgementsupport.ruleset.RuleLocation;
import org.judgementsupport.ruleset.RuleSet;
import org.judgementsupport.ruleset.RuleSetFolder;
import org.judgementsupport.ruleset.RuleSetInvalidException;
import org.judgementsupport.ruleset.RuleSetLoader;
import org.judgementsupport.ruleset.RuleSetProblem;
import org.judgementsupport.ruleset.RuleSetSnapshot;
import org.judgementsupport.scenario.ScenarioFiles;
import org.judgementsupport.scenario.ScenarioResult;
import org.judgementsupport.scenario.ScenarioRunner;

/**
 * The one validation of a rule set, used by the API, the validation command and hot reload alike: compile with every
 * problem located, the house rules, thresholds row against row, the overall and next-steps tables on every case,
 * better evidence never giving a worse grade, and every policy scenario.
 */
public final class RuleSetValidator {

    /** A report, and the compiled rule set when it compiled (even if it is not valid). */
    public record Validation(ValidationReport report, Optional<RuleSet> ruleSet) {
    }

    private final RuleSetLoader loader;
    private final ScenarioRunner scenarios;
    private final Clock clock;

    public RuleSetValidator(RuleSetLoader loader, EvidenceReader evidenceReader, Clock clock) {
        this.loader = loader;
        this.scenarios = new ScenarioRunner(evidenceReader);
        this.clock = clock;
    }

    public Validation validate(RuleSetSnapshot snapshot) {
        long started = System.nanoTime();
        Instant checkedAt = clock.instant();
        RuleSet ruleSet;
        try {
            ruleSet = loader.load(snapshot);
        } catch (RuleSetInvalidException invalid) {
            List<RuleSetProblem> problems = new ArrayList<>(invalid.problems());
            ScenarioFiles.Suite suite = ScenarioFiles.read(snapshot.scenarioFiles());
            problems.addAll(suite.problems());
            return new Validation(new ValidationReport(snapshot.version(), checkedAt, elapsed(started), false, 0,
                    problems.stream().filter(RuleSetProblem::isError).toList(),
                    problems.stream().filter(problem -> !problem.isError()).toList(),
                    ValidationReport.Monotonicity.notChecked(), ValidationReport.Scenarios.notRun()), Optional.empty());
        }
        ScenarioFiles.Suite suite = ScenarioFiles.read(snapshot.scenarioFiles());
        // The two checks only read the compiled rule set, so they run side by side.
        CompletableFuture<MonotonicityCheck.Result> monotonicityRun = CompletableFuture.supplyAsync(() -> MonotonicityCheck.run(ruleSet));
        List<ScenarioResult> results;
        try {
            results = scenarios.run(suite.scenarios(), ruleSet);
            monotonicityRun.join();
        } catch (RuntimeException stopped) {
            // A judgement that stops (its rules fired more than a judgement may) is the rule set's fault, reported as such.
            Throwable cause = stopped instanceof java.util.concurrent.CompletionException && stopped.getCause() != null ? stopped.getCause() : stopped;
            RuleSetProblem problem = new RuleSetProblem(RuleSetProblem.Kind.TOO_MUCH_WORK, RuleLocation.ofFile(RuleSetFolder.RULES),
                    "judging with this rule set stopped: " + cause.getMessage());
            return new Validation(new ValidationReport(snapshot.version(), checkedAt, elapsed(started), false, ruleSet.catalogue().rules().size(),
                    List.of(problem), ruleSet.warnings(), ValidationReport.Monotonicity.notChecked(), ValidationReport.Scenarios.notRun()),
                    Optional.of(ruleSet));
        }
        List<ValidationReport.FailedScenario> failed = results.stream().filter(result -> !result.passed())
                .map(result -> new ValidationReport.FailedScenario(result.scenario().name(), result.scenario().file(),
                        result.scenario().description(), result.differences()))
                .toList();
        MonotonicityCheck.Result monotonicity = monotonicityRun.join();
        List<RuleSetProblem> errors = new ArrayList<>(suite.problems());
        if (suite.scenarios().isEmpty() && suite.problems().isEmpty()) {
            errors.add(new RuleSetProblem(RuleSetProblem.Kind.SCENARIO_FILE, RuleLocation.ofFile("scenarios"),
                    "there are no policy scenarios: a rule set goes live only once scenarios show what it does"));
        }
        boolean valid = errors.isEmpty() && failed.isEmpty() && monotonicity.holds();
        ValidationReport report = new ValidationReport(snapshot.version(), checkedAt, elapsed(started), valid,
                ruleSet.catalogue().rules().size(), errors, ruleSet.warnings(),
                new ValidationReport.Monotonicity(true, monotonicity.pairsChecked(), monotonicity.seed(), monotonicity.violations()),
                new ValidationReport.Scenarios(results.size(), results.size() - failed.size(), failed));
        return new Validation(report, Optional.of(ruleSet));
    }

    private static long elapsed(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}

package org.judgementsupport.rulechange;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.judgementsupport.ruleset.RuleSetProblem;

/**
 * Everything validation found about a rule set: the same report from the API, the validation command and hot reload.
 *
 * @param version      the rule set's content hash
 * @param checkedAt    when it was checked
 * @param millis       how long the check took
 * @param valid        whether it may go live: no errors, better evidence never gives a worse grade, every scenario passes
 * @param ruleCount    rules and table rows compiled (0 when it did not compile)
 * @param errors       problems that stop it going live, each with its location
 * @param warnings     problems shown that do not
 * @param monotonicity the check that better evidence never gives a worse grade, with any counterexamples
 * @param scenarios    the policy scenarios run against it
 */
public record ValidationReport(
        String version,
        Instant checkedAt,
        long millis,
        boolean valid,
        int ruleCount,
        List<RuleSetProblem> errors,
        List<RuleSetProblem> warnings,
        Monotonicity monotonicity,
        Scenarios scenarios) {

    /** Counterexamples to "better evidence never gives a worse grade", from generated cases. */
    public record Monotonicity(boolean checked, int pairsChecked, long seed, List<MonotonicityViolation> violations) {

        static Monotonicity notChecked() {
            return new Monotonicity(false, 0, 0, List.of());
        }
    }

    /** The policy scenarios: how many ran and passed, and every one that failed, expected against actual. */
    public record Scenarios(int run, int passed, List<FailedScenario> failed) {

        static Scenarios notRun() {
            return new Scenarios(0, 0, List.of());
        }
    }

    public record FailedScenario(String name, String file, String description, List<String> differences) {
    }

    /** The report as policy staff read it in a terminal. */
    public String toText() {
        StringBuilder text = new StringBuilder();
        text.append(valid ? "VALID" : "NOT VALID").append(": rule set ").append(version, 0, Math.min(12, version.length()))
                .append(" (").append(ruleCount).append(" rules and table rows), checked in ").append(millis).append(" ms\n");
        if (!errors.isEmpty()) {
            text.append("\n").append(errors.size()).append(errors.size() == 1 ? " error" : " errors").append(":\n");
            errors.forEach(error -> text.append("  ✗ ").append(error.describe()).append('\n'));
        }
        if (!warnings.isEmpty()) {
            text.append("\n").append(warnings.size()).append(warnings.size() == 1 ? " warning" : " warnings").append(":\n");
            warnings.forEach(warning -> text.append("  ! ").append(warning.describe()).append('\n'));
        }
        if (monotonicity.checked()) {
            text.append("\nBetter evidence never gives a worse grade: ")
                    .append(monotonicity.violations().isEmpty() ? "holds" : "FAILS").append(" (")
                    .append(monotonicity.pairsChecked()).append(" steps to better evidence, across every threshold, judged before and after; seed ")
                    .append(monotonicity.seed()).append(")\n");
            for (MonotonicityViolation violation : monotonicity.violations()) {
                text.append("  ✗ ").append(violation.field()).append(" ").append(violation.before()).append(" → ").append(violation.after())
                        .append(": ").append(violation.area()).append(" went from ").append(violation.gradeBefore()).append(" to ")
                        .append(violation.gradeAfter()).append("\n      rules before: ").append(violation.rulesBefore())
                        .append("\n      rules after:  ").append(violation.rulesAfter())
                        .append("\n      evidence before: ").append(violation.evidenceBefore()).append('\n');
            }
        }
        if (scenarios.run() > 0 || !scenarios.failed().isEmpty()) {
            text.append("\nPolicy scenarios: ").append(scenarios.passed()).append(" of ").append(scenarios.run()).append(" pass\n");
            for (FailedScenario failed : scenarios.failed()) {
                text.append("  ✗ ").append(failed.name()).append(" (").append(failed.file()).append(")\n")
                        .append(failed.differences().stream().map(difference -> "      " + difference).collect(Collectors.joining("\n"))).append('\n');
            }
        }
        return text.toString();
    }
}

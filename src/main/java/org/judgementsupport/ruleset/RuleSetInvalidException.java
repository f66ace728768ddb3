package org.judgementsupport.ruleset;

import java.util.List;
import java.util.stream.Collectors;
import org.judgementsupport.system.ProblemTypes;
import org.judgementsupport.system.Refusal;
import org.springframework.http.HttpStatus;

/** A rule set was refused; it lists every problem found, each with its location. */
public class RuleSetInvalidException extends Refusal {

    private final transient List<RuleSetProblem> problems;

    public RuleSetInvalidException(List<RuleSetProblem> problems) {
        super("The rule set has " + problems.size() + " problem(s):\n"
                        + problems.stream().map(problem -> "  - " + problem.describe()).collect(Collectors.joining("\n")),
                HttpStatus.UNPROCESSABLE_ENTITY, ProblemTypes.INVALID_RULE_SET, "The rule set has problems",
                problems.size() + " problem(s) in the rule set; it was not used.");
        this.problems = List.copyOf(problems);
        property("problems", this.problems);
    }

    public List<RuleSetProblem> problems() {
        return problems;
    }
}

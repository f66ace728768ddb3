package org.judgementsupport.ruleset;

import java.util.List;
import java.util.stream.Collectors;

/** A rule set was refused; it lists every problem found, each with its location. */
public class RuleSetInvalidException extends RuntimeException {

    private final transient List<RuleSetProblem> problems;

    public RuleSetInvalidException(List<RuleSetProblem> problems) {
        super("The rule set has " + problems.size() + " problem(s):\n"
                + problems.stream().map(problem -> "  - " + problem.describe()).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<RuleSetProblem> problems() {
        return problems;
    }
}

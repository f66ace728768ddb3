package org.judgementsupport.ruleset;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where the rule set lives and how changes to it are picked up.
 *
 * @param folder      the folder holding {@code rules/}, {@code decision-tables/} and {@code scenarios/}; relative to
 *                    the working directory, which is the repository root when the service is run from there
 * @param watch       whether saved changes are picked up without a restart
 * @param quietPeriod how long the folder must be still before a change is read: editors save in several steps
 *                    (a temporary file, then a rename) within a few tens of milliseconds
 * @param validation  the budget a candidate rule set is validated within
 * @param approvalsRequired how many policy colleagues other than its proposer must approve a change before it may go
 *                    into service; 0 lets a change go live as soon as it validates (an officer trying rules on their
 *                    own copy)
 */
@ConfigurationProperties("judgement-support.rule-set")
public record RuleSetSettings(@DefaultValue(".") String folder, @DefaultValue("true") boolean watch,
                              @DefaultValue("150ms") Duration quietPeriod, @DefaultValue Validation validation,
                              @DefaultValue("1") int approvalsRequired) {

    public RuleSetSettings {
        if (approvalsRequired < 0) {
            throw new IllegalArgumentException("judgement-support.rule-set.approvals-required must be 0 or more, not " + approvalsRequired);
        }
    }

    /**
     * How a candidate is validated: in a separate process with a heap limit and a deadline, so a candidate that would
     * take too long or too much memory is refused with that reason and the service keeps serving.
     *
     * @param separateProcess whether to validate in a separate process; only tests and tools that are not about the
     *                        budget turn this off
     * @param timeLimit       the longest a candidate may take to compile, check and run its scenarios
     * @param memoryLimit     the most heap it may use doing so
     */
    public record Validation(@DefaultValue("true") boolean separateProcess, @DefaultValue("60s") Duration timeLimit,
                             @DefaultValue("512MB") DataSize memoryLimit) {
    }


    /**
     * The folder as a path on disk. Bound as text on purpose: Spring would read a relative {@link Path} as a
     * class-path resource (target/classes), not as a folder under the working directory.
     */
    public Path folderPath() {
        return Path.of(folder).toAbsolutePath().normalize();
    }
}

package org.judgementsupport.ruleset;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the rule set lives.
 *
 * @param folder the folder holding {@code rules/}, {@code decision-tables/} and {@code scenarios/}; relative to the
 *               working directory, which is the repository root when the service is run from there
 */
@ConfigurationProperties("judgement-support.rule-set")
public record RuleSetSettings(@DefaultValue(".") String folder) {

    /**
     * The folder as a path on disk. Bound as text on purpose: Spring would read a relative {@link Path} as a
     * class-path resource (target/classes), not as a folder under the working directory.
     */
    public Path folderPath() {
        return Path.of(folder).toAbsolutePath().normalize();
    }
}

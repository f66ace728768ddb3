package org.judgementsupport.ruleset;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the rule set lives.
 *
 * @param folder the folder holding {@code rules/} and {@code decision-tables/}; the working directory by default,
 *               which is the repository root when the service is run from there
 */
@ConfigurationProperties("judgement-support.rule-set")
public record RuleSetSettings(@DefaultValue(".") Path folder) {
}

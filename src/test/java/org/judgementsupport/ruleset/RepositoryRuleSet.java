package org.judgementsupport.ruleset;

import java.nio.file.Path;

/** The rule set in this repository's rules/ and decision-tables/, loaded once per test run. */
public final class RepositoryRuleSet {

    private static RuleSet loaded;

    private RepositoryRuleSet() {
    }

    public static synchronized RuleSet get() {
        if (loaded == null) {
            loaded = new RuleSetLoader().load(folder().read());
        }
        return loaded;
    }

    public static RuleSetFolder folder() {
        return new RuleSetFolder(Path.of("").toAbsolutePath());
    }
}

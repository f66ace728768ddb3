package org.judgementsupport.ruleset;

import java.util.Optional;

/**
 * The rule set of any version the service has kept, compiled: to make a past judgement again with exactly the rules
 * that made it, to run a consistency report with the version in service when it was submitted, or to compare a
 * candidate with the version in service. Kept versions live where rule changes are archived, which implements this;
 * everything else asks here, so none depends on how versions are kept.
 */
public interface RuleSetVersions {

    /**
     * The full version a prefix names, so people can write the first 12 characters as reports show them. Empty when no
     * kept version, or more than one, starts with it.
     */
    Optional<String> resolve(String versionOrPrefix);

    /**
     * The version's rule set, compiled once however many ask for it at the same time. Empty when the version is not
     * kept, never compiled, or checking it took more time or memory than a candidate may: judging with it here would
     * cost the service the same.
     */
    Optional<RuleSet> ruleSet(String version);
}

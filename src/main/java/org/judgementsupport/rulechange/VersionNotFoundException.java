package org.judgementsupport.rulechange;

/** No stored rule-set version has that name (or several start with the prefix given). */
public class VersionNotFoundException extends RuntimeException {

    public VersionNotFoundException(String version) {
        super("no rule-set version " + version + " is stored (give the full version, or at least its first 12 characters)");
    }
}

package org.judgementsupport.rulechange;

/**
 * A stored version whose files no longer hash to what they were stored as: someone changed the archive outside the
 * service. Such a version is never served or replayed; the last version that still checks out is used instead.
 */
public class ArchiveAlteredException extends IllegalStateException {

    private final String version;

    public ArchiveAlteredException(String version, String what) {
        super("The archived rule-set version " + version + " has been altered outside the service: " + what + ". It is not used.");
        this.version = version;
    }

    public String version() {
        return version;
    }
}

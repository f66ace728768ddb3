package org.judgementsupport.rulechange;

import org.judgementsupport.system.ProblemTypes;
import org.judgementsupport.system.Refusal;
import org.springframework.http.HttpStatus;

/**
 * A stored version whose files no longer hash to what they were stored as: someone changed the archive outside the
 * service. Such a version is never served or replayed; the last version that still checks out is used instead, and a
 * request that needs this one (a replay, say) is refused with 409, saying so.
 */
public class ArchiveAlteredException extends Refusal {

    private final String version;

    public ArchiveAlteredException(String version, String what) {
        super(HttpStatus.CONFLICT, ProblemTypes.ARCHIVE_ALTERED, "Rule-set version altered",
                "The archived rule-set version " + version + " has been altered outside the service: " + what + ". It is not used.");
        property("version", version);
        this.version = version;
    }

    public String version() {
        return version;
    }
}

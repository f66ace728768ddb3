package org.judgementsupport.rulechange;

import org.judgementsupport.system.ProblemTypes;
import org.judgementsupport.system.Refusal;
import org.springframework.http.HttpStatus;

/** No stored rule-set version has that name (or several start with the prefix given). */
public class VersionNotFoundException extends Refusal {

    public VersionNotFoundException(String version) {
        super(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "No such rule-set version",
                "no rule-set version " + version + " is stored (give the full version, or at least its first 12 characters)");
    }
}

package org.judgementsupport.rulechange;

import org.judgementsupport.system.ProblemTypes;
import org.judgementsupport.system.Refusal;
import org.springframework.http.HttpStatus;

/**
 * A rule set validated but could not be written into the rule folder (a full disk, a folder the service may not write,
 * a file where the change needs a folder), so it was not put into service: the version before is still serving, the
 * folder is as it was, and the change log says what happened.
 */
public class RuleFolderNotWrittenException extends Refusal {

    public RuleFolderNotWrittenException(String version, String inService, String reason) {
        super(HttpStatus.INTERNAL_SERVER_ERROR, ProblemTypes.RULE_FOLDER_NOT_WRITTEN, "The rule set could not be written into the rule folder",
                "The rule set " + version + " validated but could not be written into the rule folder (" + reason + "), so it was not put "
                        + "into service: " + inService + " is still in service and the rule folder is as it was. The attempt is in the change "
                        + "log. Fix the rule folder and send the change again.");
        property("version", version);
        property("inService", inService);
    }
}

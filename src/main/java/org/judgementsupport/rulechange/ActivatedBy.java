package org.judgementsupport.rulechange;

/** What put a rule-set version into service. */
public enum ActivatedBy {
    /** The service started with the rule folder as it was. */
    STARTUP,
    /** A change saved in the rule folder, picked up without a restart. */
    FOLDER_CHANGE,
    /** Files uploaded through the API. */
    UPLOAD,
    /** A return to an earlier version through the API. */
    ROLLBACK
}

package org.judgementsupport.rulechange;

/** The rules an upload of rule files must keep; a refusal names the one broken. */
public enum UploadRule {
    /** Changed files, a zip of the rule folders, or files to remove: something must be sent. */
    NOTHING_UPLOADED,
    /** One zip of the rule folders, or changed files, not both. */
    ZIP_WITH_OTHER_FILES,
    /** A file larger than a rule file may be. */
    FILE_TOO_LARGE,
    /** More in one upload than an upload may hold. */
    UPLOAD_TOO_LARGE,
    /** Only rules/**&#47;*.drl, decision-tables/**&#47;*.drl.xlsx and scenarios/**&#47;*.yaml belong in a rule set. */
    NOT_A_RULE_FILE,
    /** A path must stay inside the rule folder: no "..", no absolute or drive paths, no backslashes. */
    PATH_OUTSIDE_RULE_FOLDER,
    /** A path of at most 200 characters, each file or folder name at most 100: what every file system and the archive keep. */
    PATH_TOO_LONG,
    /** File and folder names of letters, digits, spaces and . _ - ( ), starting with a letter or digit. */
    NAME_NOT_ALLOWED,
    /** A file's place in the rule folder must be clear from its name. */
    PLACE_NOT_GIVEN,
    /** A file to remove must be in service. */
    NO_SUCH_FILE_TO_REMOVE,
    /** A zip must be readable. */
    UNREADABLE_ZIP,
    /** A zip may hold only so many entries. */
    TOO_MANY_ZIP_ENTRIES,
    /** A zip may expand only to so many bytes. */
    ZIP_TOO_LARGE_UNCOMPRESSED,
    /** A zip may not expand far more than rule files do: the mark of a zip bomb. */
    ZIP_COMPRESSION_TOO_HIGH,
    /** Each path once in a zip. */
    DUPLICATE_ZIP_ENTRY,
    /** A zip must hold the rule folders. */
    NO_RULE_FOLDERS_IN_ZIP,
    /** Workbooks must be only cells: no macros, external links, data connections or embedded objects. */
    UNSAFE_WORKBOOK
}

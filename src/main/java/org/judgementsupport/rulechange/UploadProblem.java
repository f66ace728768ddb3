package org.judgementsupport.rulechange;

/**
 * Why an upload was refused.
 *
 * @param file   the file or zip entry, or null for the upload as a whole
 * @param rule   the rule broken
 * @param reason what was wrong and what to do
 */
public record UploadProblem(String file, UploadRule rule, String reason) {
}

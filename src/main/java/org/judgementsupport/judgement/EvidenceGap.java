package org.judgementsupport.judgement;

import java.util.List;

/**
 * Evidence that would inform an area but was not submitted.
 *
 * @param field        the evidence path to submit
 * @param label        what it is
 * @param whyItMatters what it would decide
 * @param readBy       the criteria that would read it
 */
public record EvidenceGap(String field, String label, String whyItMatters, List<String> readBy) {
}

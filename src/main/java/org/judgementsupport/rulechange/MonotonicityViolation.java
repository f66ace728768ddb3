package org.judgementsupport.rulechange;

import java.util.List;
import java.util.Map;

/**
 * A case where better evidence gave a worse grade.
 *
 * @param field          the evidence improved
 * @param before         its value before
 * @param after          its better value
 * @param area           the area whose grade got worse
 * @param gradeBefore    that area's grade (or best possible grade) before
 * @param gradeAfter     and after
 * @param rulesBefore    the rules that fired on the area before
 * @param rulesAfter     and after
 * @param evidenceBefore every piece of evidence of the case before the change
 */
public record MonotonicityViolation(String field, Object before, Object after, String area, String gradeBefore, String gradeAfter,
                                    List<String> rulesBefore, List<String> rulesAfter, Map<String, Object> evidenceBefore) {
}

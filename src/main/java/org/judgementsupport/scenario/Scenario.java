package org.judgementsupport.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.judgementsupport.framework.JudgementArea;

/**
 * One policy scenario.
 *
 * @param file         the scenario file, relative to the rule-set folder
 * @param name         a short unique name, shown as the test's name
 * @param description  what the case is and why policy expects what it expects
 * @param evidence     the evidence, exactly as an inspector would submit it
 * @param grades       the grades expected for the areas the case is about
 * @param rulesFired   every criterion expected to fire, no more and no fewer
 * @param overallRow   the overall-effectiveness row expected to decide, when the case is about it
 * @param nextStepsRow the next-steps row expected to decide, when the case is about it
 * @param targeting    for a case about the targeting score: the history and trends given, the score and rows expected
 * @param limitingRow  the limiting-judgements row expected to apply to children looked after (SIF), when the case is
 *                     about it
 */
public record Scenario(
        String file,
        String name,
        String description,
        JsonNode evidence,
        Map<JudgementArea, ExpectedGrade> grades,
        List<String> rulesFired,
        String overallRow,
        String nextStepsRow,
        TargetingGiven targeting,
        String limitingRow) {

    @Override
    public String toString() {
        return name;
    }
}

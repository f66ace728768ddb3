package org.judgementsupport.ruleset;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.judgementsupport.criteria.Effect;
import org.judgementsupport.framework.JudgementArea;

/**
 * One rule or table row as policy staff and moderators see it in the catalogue.
 *
 * @param name              the rule's name, a sentence
 * @param stage             when it is evaluated
 * @param area              the area its findings are about (criteria only)
 * @param effect            what its findings do to the grade (criteria only)
 * @param evidence          the evidence it reads, each with the criterion it applies where it has one
 * @param source            the document and paragraph it rests on
 * @param nationalBenchmark the national figure it compares with, where it names one
 * @param location          where it is written
 */
public record RuleDescription(
        String name,
        Stage stage,
        JudgementArea area,
        Effect effect,
        List<EvidenceUse> evidence,
        String source,
        String nationalBenchmark,
        RuleLocation location) {

    /**
     * The order rules take part in a judgement. Each stage is a Drools rule group, set in a table's settings with
     * RULEFLOW-GROUP (Drools' name for an agenda group in DRL 10); criteria stay in the default group.
     */
    public enum Stage {
        /** Criteria: match evidence and emit findings. Drools' default agenda group. */
        CRITERION("MAIN"),
        /** Rows of the overall-effectiveness table: first match wins. */
        OVERALL_EFFECTIVENESS("overall-effectiveness"),
        /** Rows of the next-steps table. */
        NEXT_STEPS("next-steps"),
        /** Rows of the targeting score table: every row that matches gives its points. */
        TARGETING("targeting");

        private final String group;

        Stage(String group) {
            this.group = group;
        }

        /** The Drools agenda (rule-flow) group the stage's rules are in. */
        public String group() {
            return group;
        }

        static Optional<Stage> ofGroup(String group) {
            return Arrays.stream(values()).filter(stage -> stage.group.equals(group)).findFirst();
        }
    }

    /**
     * A piece of evidence a rule reads.
     *
     * @param field     the evidence path
     * @param criterion the criterion applied to it as written, e.g. "below 80"; null where the rule reads another
     *                  rule's finding about it
     */
    public record EvidenceUse(String field, String criterion) {
    }

    public RuleDescription {
        evidence = List.copyOf(evidence);
    }
}

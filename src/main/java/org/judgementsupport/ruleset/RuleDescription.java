package org.judgementsupport.ruleset;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.judgementsupport.criteria.Effect;
import org.judgementsupport.framework.Framework;
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
     * RULEFLOW-GROUP (Drools' name for an agenda group in DRL 10); the ILACS criteria stay in the default group. The
     * single inspection framework (SIF) has stages of its own, so its criteria and tables judge only inspections under
     * it, and the ILACS ones only inspections under ILACS.
     */
    public enum Stage {
        /** Criteria for the ILACS frameworks: match evidence and emit findings. Drools' default agenda group. */
        CRITERION("MAIN"),
        /** Rows of the overall-effectiveness table (ILACS): first match wins. */
        OVERALL_EFFECTIVENESS("overall-effectiveness"),
        /** Rows of the next-steps table (ILACS). */
        NEXT_STEPS("next-steps"),
        /** Rows of the targeting score table: every row that matches gives its points. */
        TARGETING("targeting"),
        /** Criteria for the SIF: match evidence and emit findings about the SIF's own judgements. */
        SIF_CRITERION("sif-criteria"),
        /** Rows of the SIF's limiting-judgements table: how good its sub-judgements let children looked after be. First match. */
        SIF_LIMITING_JUDGEMENTS("sif-limiting-judgements"),
        /** Rows of the SIF's overall-effectiveness table, from its three key judgements: first match wins. */
        SIF_OVERALL_EFFECTIVENESS("sif-overall-effectiveness"),
        /** Rows of the SIF's next-steps table. */
        SIF_NEXT_STEPS("sif-next-steps");

        private final String group;

        Stage(String group) {
            this.group = group;
        }

        /** The Drools agenda (rule-flow) group the stage's rules are in. */
        public String group() {
            return group;
        }

        /** Criteria emit findings; every other stage is a first-match table that makes one decision. */
        public boolean isCriteria() {
            return this == CRITERION || this == SIF_CRITERION;
        }

        /** The frameworks whose judgements this stage takes part in. */
        public boolean servesFramework(Framework framework) {
            return name().startsWith("SIF_") == (framework == Framework.SIF_2013);
        }

        /** The criteria that judge evidence under the framework. */
        public static Stage criteriaUnder(Framework framework) {
            return framework == Framework.SIF_2013 ? SIF_CRITERION : CRITERION;
        }

        /** The overall-effectiveness table of the framework. */
        public static Stage overallUnder(Framework framework) {
            return framework == Framework.SIF_2013 ? SIF_OVERALL_EFFECTIVENESS : OVERALL_EFFECTIVENESS;
        }

        /** The next-steps table of the framework. */
        public static Stage nextStepsUnder(Framework framework) {
            return framework == Framework.SIF_2013 ? SIF_NEXT_STEPS : NEXT_STEPS;
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

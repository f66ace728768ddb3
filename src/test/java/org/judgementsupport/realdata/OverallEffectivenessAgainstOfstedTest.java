package org.judgementsupport.realdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.judgementsupport.criteria.OverallCase;
import org.judgementsupport.criteria.OverallDecision;
import org.judgementsupport.framework.Framework;
import org.judgementsupport.framework.Grade;
import org.judgementsupport.framework.JudgementArea;
import org.judgementsupport.ruleset.RepositoryRuleSet;
import org.judgementsupport.ruleset.RuleSet;
import org.junit.jupiter.api.Test;

/**
 * The overall-effectiveness tables, run on the area grades of every inspection Ofsted published, must give Ofsted's own
 * overall grade for at least 95% of them: the ILACS table on every ILACS inspection from 2018 to March 2025, the SIF's
 * on every SIF inspection and re-inspection (published 2014 to 2018).
 */
class OverallEffectivenessAgainstOfstedTest {

    @Test
    void overallTableReproducesAtLeast95PercentOfOfstedsOverallGrades() {
        RuleSet ruleSet = RepositoryRuleSet.get();
        List<OfstedInspection> inspections = OfstedOutcomes.read(SharedData.dataFolder());
        List<String> exceptions = new ArrayList<>();
        int agreed = 0;
        for (OfstedInspection inspection : inspections) {
            Grade ofsted = inspection.grades().get(JudgementArea.OVERALL_EFFECTIVENESS);
            Optional<OverallDecision> table = ruleSet.overallEffectiveness(OverallCase.of(inspection.areaGrades()));
            if (table.isPresent() && table.get().grade() == ofsted) {
                agreed++;
            } else {
                exceptions.add(String.format("  %s %-28s %s  areas %s: Ofsted %s, table %s (%s)",
                        inspection.inspectionDate(), inspection.localAuthorityName(), inspection.framework(), inspection.areaGrades(),
                        ofsted, table.map(OverallDecision::grade).orElse(null), table.map(OverallDecision::rule).orElse("no row matched")));
            }
        }
        double agreement = (double) agreed / inspections.size();
        System.out.printf("Overall-effectiveness table against Ofsted: %d of %d inspections agree (%.1f%%). Exceptions:%n%s%n",
                agreed, inspections.size(), 100 * agreement, String.join("\n", exceptions));

        assertThat(inspections).as("inspections read from " + OfstedOutcomes.FILE).hasSizeGreaterThan(250);
        assertThat(agreement).as("share of Ofsted's overall grades the table reproduces").isGreaterThanOrEqualTo(0.95);
    }

    /**
     * Under the SIF the table reads the three key judgements. An inspection whose file row lacks one of them (the Isles
     * of Scilly's children looked after was not graded) cannot be run, and counts against the table.
     */
    @Test
    void sifOverallTableReproducesAtLeast95PercentOfOfstedsOverallGrades() {
        RuleSet ruleSet = RepositoryRuleSet.get();
        List<OfstedInspection> inspections = SifOutcomes.read(SharedData.dataFolder(), DfeIndicators.read(SharedData.dataFolder())::codeForName).inspections();
        List<String> exceptions = new ArrayList<>();
        int agreed = 0;
        for (OfstedInspection inspection : inspections) {
            Grade ofsted = inspection.grades().get(JudgementArea.OVERALL_EFFECTIVENESS);
            Optional<OverallDecision> table = inspection.grades().keySet().containsAll(Framework.SIF_2013.overallFollowsFrom())
                    ? ruleSet.overallEffectiveness(Framework.SIF_2013, inspection.areaGrades()) : Optional.empty();
            if (table.isPresent() && table.get().grade() == ofsted) {
                agreed++;
            } else {
                exceptions.add(String.format("  published %s %-28s %-17s areas %s: Ofsted %s, table %s (%s)",
                        inspection.publicationDate(), inspection.localAuthorityName(), inspection.inspectionType(), inspection.areaGrades(),
                        ofsted, table.map(OverallDecision::grade).orElse(null),
                        table.map(OverallDecision::rule).orElse("a key judgement is not graded in the file")));
            }
        }
        double agreement = (double) agreed / inspections.size();
        System.out.printf("SIF overall-effectiveness table against Ofsted: %d of %d inspections agree (%.1f%%). Exceptions:%n%s%n",
                agreed, inspections.size(), 100 * agreement, String.join("\n", exceptions));

        assertThat(inspections).as("SIF inspections read from " + SifOutcomes.FILE).hasSizeGreaterThan(165);
        assertThat(agreement).as("share of Ofsted's SIF overall grades the table reproduces").isGreaterThanOrEqualTo(0.95);
    }
}

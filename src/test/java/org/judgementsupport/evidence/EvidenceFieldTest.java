package org.judgementsupport.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The evidence vocabulary and the evidence records must name the same fields, or a field would never reach the rules. */
class EvidenceFieldTest {

    @Test
    void everySubmittableFieldHasAVocabularyEntryAndEveryEntryASubmittableField() {
        assertThat(Indicators.submittablePaths()).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(EvidenceField.values()).filter(field -> !field.isDerived()).map(EvidenceField::path).toList());
    }

    @Test
    void theShareOfSampledCasesLeftAtRiskIsDerivedWhenBothCountsArePresent() {
        Evidence evidence = new Evidence(new LocalAuthority("E09000002", null),
                new Inspection(java.time.LocalDate.of(2024, 5, 13), null, null, null),
                null, null, new HelpAndProtection(null, null, null, null, 40, 2, null), null, null, null, null);

        assertThat(Indicators.from(evidence))
                .contains(new Indicator("helpAndProtection.casesWithChildrenLeftAtRiskPct", 5.0))
                .extracting(Indicator::path)
                .containsExactly("helpAndProtection.casesSampled", "helpAndProtection.casesWithChildrenLeftAtRisk",
                        "helpAndProtection.casesWithChildrenLeftAtRiskPct");
    }

    @Test
    void missingEvidenceGivesNoIndicatorRatherThanADefault() {
        Evidence evidence = new Evidence(new LocalAuthority("E09000002", null),
                new Inspection(java.time.LocalDate.of(2024, 5, 13), null, null, null),
                new Workforce(null, 12.0, null, null, null, null, null), null, null, null, null, null, null);

        assertThat(Indicators.from(evidence)).containsExactly(new Indicator("workforce.vacancyRatePct", 12.0));
    }
}

package org.judgementsupport.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.judgementsupport.evidence.EvidenceField;
import org.judgementsupport.evidence.PracticeQuality;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CriterionTest {

    @ParameterizedTest(name = "{0} with {1} → {2}")
    @CsvSource({
            "below 80, 79.9, true", "below 80, 80, false",
            "at most 25, 25, true", "at most 25, 25.1, false",
            "exactly 1, 1, true", "exactly 1, 2, false",
            "at least 32, 32, true", "at least 32, 31.99, false",
            "more than 27, 27.01, true", "more than 27, 27, false",
            "more than 27%, 28, true", "less than 50, 49, true", "above 18.1, 18.2, true", "no more than 10, 10, true"})
    void numericCriteriaCompareAsWritten(String criterion, double value, boolean met) {
        assertThat(Criterion.parse(criterion).isMetBy(value)).isEqualTo(met);
    }

    @Test
    void wholeNumbersCompareExactly() {
        assertThat(Criterion.parse("at least 2").isMetBy(2)).isTrue();
        assertThat(Criterion.parse("exactly 1").isMetBy(1)).isTrue();
    }

    @Test
    void yesNoAndPracticeEvaluationsCompareForEquality() {
        assertThat(Criterion.parse("no").isMetBy(false)).isTrue();
        assertThat(Criterion.parse("No").isMetBy(true)).isFalse();
        assertThat(Criterion.parse("widespread or serious failures").isMetBy(PracticeQuality.WIDESPREAD_OR_SERIOUS_FAILURES)).isTrue();
        assertThat(Criterion.parse("WIDESPREAD_OR_SERIOUS_FAILURES").isMetBy(PracticeQuality.NOT_YET_CONSISTENTLY_GOOD)).isFalse();
    }

    @Test
    void aValueOfAnotherKindNeverMeetsACriterion() {
        assertThat(Criterion.parse("below 80").isMetBy(true)).isFalse();
        assertThat(Criterion.parse("yes").isMetBy(1)).isFalse();
    }

    @Test
    void criteriaDescribeThemselvesInTheFieldsUnits() {
        assertThat(Criterion.parse("below 80").describe(EvidenceField.RETURN_INTERVIEWS_OFFERED)).isEqualTo("below 80%");
        assertThat(Criterion.parse("at least 32").describe(EvidenceField.CASELOAD_PER_SOCIAL_WORKER)).isEqualTo("at least 32 cases");
        assertThat(Criterion.parse("no").describe(EvidenceField.EXPLOITATION_STRATEGY)).isEqualTo("no");
    }

    @Test
    void theChangeThatLiftsACriterionMovesTheWayTheEvidenceGetsBetter() {
        assertThat(Criterion.parse("below 80").toLift(EvidenceField.RETURN_INTERVIEWS_OFFERED))
                .isEqualTo("Missing children offered a return interview must reach 80%");
        assertThat(Criterion.parse("more than 27").toLift(EvidenceField.VACANCY_RATE))
                .isEqualTo("Social worker vacancy rate must fall to 27% or less");
        assertThat(Criterion.parse("at least 2").toLift(EvidenceField.DIRECTOR_CHANGES))
                .isEqualTo("Changes of director of children's services in the last 12 months must fall below 2");
        assertThat(Criterion.parse("exactly 1").toLift(EvidenceField.CASES_LEFT_AT_RISK))
                .isEqualTo("Sampled cases in which children were left at risk must be 0");
        assertThat(Criterion.parse("no").toLift(EvidenceField.EXPLOITATION_STRATEGY))
                .isEqualTo("A strategy for tackling the exploitation of children is in place: must be yes");
    }

    @Test
    void textThatIsNotACriterionIsRefusedWithHowToWriteOne() {
        assertThatThrownBy(() -> Criterion.parse("belwo 80"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'belwo 80' is not a criterion")
                .hasMessageContaining("at least N")
                .hasMessageContaining("widespread or serious failures");
    }
}

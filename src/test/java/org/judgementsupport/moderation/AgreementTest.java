package org.judgementsupport.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.judgementsupport.framework.Grade;
import org.junit.jupiter.api.Test;

class AgreementTest {

    @Test
    void perfectAgreementIsKappaOne() {
        List<Grade[]> pairs = new ArrayList<>();
        for (Grade grade : Grade.values()) {
            pairs.add(new Grade[] {grade, grade});
            pairs.add(new Grade[] {grade, grade});
        }

        Agreement agreement = Agreement.of(pairs);

        assertThat(agreement.weightedKappa()).isCloseTo(1.0, within(1e-12));
        assertThat(agreement.exact()).isEqualTo(1.0);
        assertThat(agreement.confusion()[1][1]).isEqualTo(2);
    }

    @Test
    void gradesGivenIndependentlyOfEachOtherAgreeNoBetterThanChance() {
        SplittableRandom random = new SplittableRandom(7);
        List<Grade[]> pairs = new ArrayList<>();
        for (int index = 0; index < 20_000; index++) {
            pairs.add(new Grade[] {Grade.values()[random.nextInt(4)], Grade.values()[random.nextInt(4)]});
        }

        Agreement agreement = Agreement.of(pairs);

        assertThat(agreement.weightedKappa()).isCloseTo(0.0, within(0.03));
        assertThat(agreement.kappaLower95()).isLessThan(0.0);
        assertThat(agreement.kappaUpper95()).isGreaterThan(0.0);
    }

    @Test
    void kappaMatchesItsDefinitionAsOneMinusWeightedDisagreementOverChanceDisagreement() {
        List<Grade[]> pairs = sample(new SplittableRandom(11), 400);
        Agreement agreement = Agreement.of(pairs);

        // Independently: kappa = 1 - sum(v_ij * o_ij) / sum(v_ij * e_ij), with v the squared grade distance.
        double[] rows = new double[4];
        double[] columns = new double[4];
        double observedDisagreement = 0;
        for (Grade[] pair : pairs) {
            rows[pair[0].ordinal()]++;
            columns[pair[1].ordinal()]++;
            observedDisagreement += Math.pow(pair[0].ordinal() - pair[1].ordinal(), 2);
        }
        double expectedDisagreement = 0;
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                expectedDisagreement += Math.pow(i - j, 2) * rows[i] * columns[j] / pairs.size();
            }
        }
        assertThat(agreement.weightedKappa()).isCloseTo(1 - observedDisagreement / expectedDisagreement, within(1e-12));
        assertThat(agreement.exact() + 0.0).isBetween(0.0, 1.0);
        assertThat(agreement.withinOneGrade()).isGreaterThanOrEqualTo(agreement.exact());
    }

    @Test
    void theConfidenceIntervalMatchesTheSpreadOfKappaOverResampledCases() {
        List<Grade[]> pairs = sample(new SplittableRandom(3), 300);
        Agreement agreement = Agreement.of(pairs);
        double analyticHalfWidth = (agreement.kappaUpper95() - agreement.kappaLower95()) / 2;

        SplittableRandom random = new SplittableRandom(5);
        double[] kappas = new double[2000];
        for (int resample = 0; resample < kappas.length; resample++) {
            List<Grade[]> drawn = new ArrayList<>();
            for (int index = 0; index < pairs.size(); index++) {
                drawn.add(pairs.get(random.nextInt(pairs.size())));
            }
            kappas[resample] = Agreement.of(drawn).weightedKappa();
        }
        double mean = Arrays.stream(kappas).average().orElseThrow();
        double spread = Math.sqrt(Arrays.stream(kappas).map(kappa -> (kappa - mean) * (kappa - mean)).sum() / (kappas.length - 1));

        assertThat(analyticHalfWidth).isCloseTo(1.96 * spread, within(0.15 * 1.96 * spread));
    }

    @Test
    void kappaIsUndefinedWhenEveryCaseHasTheSameGradeFromBoth() {
        Agreement agreement = Agreement.of(List.of(new Grade[] {Grade.GOOD, Grade.GOOD}, new Grade[] {Grade.GOOD, Grade.GOOD}));

        assertThat(agreement.weightedKappa()).isNull();
        assertThat(agreement.exact()).isEqualTo(1.0);
    }

    /** Pairs where the second rater mostly agrees, sometimes one grade off, occasionally anywhere. */
    private static List<Grade[]> sample(SplittableRandom random, int size) {
        List<Grade[]> pairs = new ArrayList<>();
        for (int index = 0; index < size; index++) {
            int first = random.nextInt(4);
            double draw = random.nextDouble();
            int second = draw < 0.6 ? first : draw < 0.9 ? Math.max(0, Math.min(3, first + (random.nextBoolean() ? 1 : -1))) : random.nextInt(4);
            pairs.add(new Grade[] {Grade.values()[first], Grade.values()[second]});
        }
        return pairs;
    }
}

package org.judgementsupport.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
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

    /**
     * A published worked example with its standard error: Gwet's 3x3 table of 100 pregnancies classified by two
     * abstractors (Handbook of Inter-Rater Reliability, 4th edition, 2014; the irrCAC package's cont3x3abstractors), as
     * irrCAC 1.0 documents it in its vignette "Weighted Chance-corrected Agreement Coefficients" (CRAN, 2019):
     * {@code kappa2.table(cont3x3abstractors, weights = quadratic.weights(1:3))} gives kappa 0.8921569, standard error
     * 0.03535151, 95% interval (0.822, 0.962).
     *
     * <p>The three categories are put on the first three grades with the fourth left empty: quadratic-weighted kappa
     * and its large-sample variance are unchanged when every disagreement weight is scaled alike, which is all moving
     * from three to four points does to the squared distances.
     *
     * <p>Both use the large-sample standard error of Fleiss, Cohen and Everitt (1969); irrCAC takes the quantile of
     * Student's t with n - 1 = 99 degrees of freedom (1.984217) where this service, like SAS PROC FREQ, SPSS, vcd,
     * DescTools and statsmodels, takes the normal one (1.959964). So the interval is checked through the published
     * standard error, and irrCAC's own interval is rebuilt from ours to its three published decimals.
     */
    @Test
    void quadraticWeightedKappaAndItsIntervalMatchAPublishedWorkedExample() {
        int[][] abstractors = {
            {13, 0, 0},
            {0, 20, 7},
            {0, 4, 56},
        };
        List<Grade[]> pairs = new ArrayList<>();
        for (int first = 0; first < 3; first++) {
            for (int second = 0; second < 3; second++) {
                for (int count = 0; count < abstractors[first][second]; count++) {
                    pairs.add(new Grade[] {Grade.values()[first], Grade.values()[second]});
                }
            }
        }

        Agreement agreement = Agreement.of(pairs);

        assertThat(agreement.pairs()).isEqualTo(100);
        assertThat(agreement.weightedKappa()).isCloseTo(0.8921569, within(5e-8));
        double standardError = (agreement.kappaUpper95() - agreement.kappaLower95()) / 2 / 1.959964;
        assertThat(standardError).isCloseTo(0.03535151, within(5e-9));
        assertThat(agreement.kappaLower95()).isCloseTo(0.8921569 - 1.959964 * 0.03535151, within(1e-7));
        assertThat(agreement.kappaUpper95()).isCloseTo(0.8921569 + 1.959964 * 0.03535151, within(1e-7));
        double studentT99 = 1.984217;
        assertThat(agreement.weightedKappa() - studentT99 * standardError).isCloseTo(0.822, within(5e-4));
        assertThat(agreement.weightedKappa() + studentT99 * standardError).isCloseTo(0.962, within(5e-4));
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

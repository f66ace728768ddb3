package org.judgementsupport.targeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The ROC AUC and DeLong's interval against published worked examples. While it was written it was also checked against
 * pROC 1.18 on pROC's own aSAH example (s100b: AUC 0.7314, 95% CI 0.6301 to 0.8326; wfns against s100b: Z = 2.209, the
 * difference's CI 0.0104 to 0.1742), which is not copied here.
 */
class RocAucTest {

    @Test
    void hanleyAndMcNeilsRadiologistRatingsGiveTheirPublishedArea() {
        // Hanley and McNeil (1982), "The meaning and use of the area under a ROC curve", Radiology 143, table 1: 109 CT images
        // rated 1 (definitely normal) to 5 (definitely abnormal); 58 normal, 51 abnormal. They give an area of 0.893.
        int[] normal = {33, 6, 6, 11, 2};
        int[] abnormal = {3, 2, 2, 11, 33};
        List<Double> scores = new ArrayList<>();
        List<Boolean> outcomes = new ArrayList<>();
        for (int rating = 1; rating <= 5; rating++) {
            for (int count = 0; count < normal[rating - 1]; count++) {
                scores.add((double) rating);
                outcomes.add(false);
            }
            for (int count = 0; count < abnormal[rating - 1]; count++) {
                scores.add((double) rating);
                outcomes.add(true);
            }
        }

        RocAuc auc = RocAuc.of(scores.stream().mapToDouble(Double::doubleValue).toArray(), booleans(outcomes));

        assertThat(auc.auc()).isCloseTo(0.893, within(0.0005));
        assertThat(auc.positives()).isEqualTo(51);
        assertThat(auc.negatives()).isEqualTo(58);
    }

    @Test
    void theIntervalMatchesThePublishedDeLongExampleOfThePaucPackage() {
        // pAUC's README (PyPI, "Quick usage"): AUC 0.708, 95% CI (0.378, 1.000) by DeLong's method, the upper end clipped at 1.
        boolean[] outcomes = booleans(List.of(false, false, true, true, false, true, false, false, true, true, false, true));
        double[] scores = {0.1, 0.35, 0.24, 0.8, 0.2, 0.85, 0.13, 0.85, 0.74, 0.58, 0.71, 0.25};

        RocAuc auc = RocAuc.of(scores, outcomes);

        assertThat(auc.auc()).isCloseTo(0.708, within(0.0005));
        assertThat(auc.lower95()).isCloseTo(0.378, within(0.0005));
        assertThat(auc.upper95()).isEqualTo(1.0);
    }

    @Test
    void aScoreComparedWithItsMirrorDiffersByTwiceItsDistanceFromChanceWithTwiceTheStandardError() {
        SplittableRandom random = new SplittableRandom(5);
        boolean[] outcomes = new boolean[300];
        double[] scores = new double[300];
        double[] mirrored = new double[300];
        for (int index = 0; index < 300; index++) {
            outcomes[index] = random.nextBoolean();
            scores[index] = random.nextInt(6) + (outcomes[index] ? 1 : 0);
            mirrored[index] = -scores[index];
        }

        RocAuc auc = RocAuc.of(scores, outcomes);
        RocAuc.Comparison comparison = RocAuc.compare(scores, mirrored, outcomes);

        assertThat(comparison.difference()).isCloseTo(2 * auc.auc() - 1, within(1e-12));
        assertThat(comparison.standardError()).isCloseTo(2 * auc.standardError(), within(1e-12));
        assertThat(comparison.firstIsBetter()).isTrue();
        assertThat(RocAuc.compare(scores, scores, outcomes).difference()).isZero();
        assertThat(RocAuc.compare(scores, scores, outcomes).firstIsBetter()).isFalse();
    }

    @Test
    void anAreaNeedsTwoCasesOnEachSide() {
        assertThatThrownBy(() -> RocAuc.of(new double[] {1, 2, 3}, new boolean[] {true, false, false}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least two cases with the outcome");
    }

    private static boolean[] booleans(List<Boolean> values) {
        boolean[] array = new boolean[values.size()];
        for (int index = 0; index < array.length; index++) {
            array[index] = values.get(index);
        }
        return array;
    }
}

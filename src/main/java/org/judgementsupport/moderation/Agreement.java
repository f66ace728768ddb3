package org.judgementsupport.moderation;

import java.util.List;
import org.judgementsupport.framework.Grade;

/**
 * Agreement between two raters on Ofsted's ordered four-point scale.
 *
 * <p>Cohen's kappa with quadratic weights: disagreeing by two grades counts four times as much as by one, so it is the
 * measure of choice for ordered grades. Its 95% confidence interval uses the large-sample standard error of Fleiss,
 * Cohen and Everitt (1969), "Large sample standard errors of kappa and weighted kappa", Psychological Bulletin 72(5).
 *
 * @param pairs          how many cases both raters graded
 * @param exact          share graded the same
 * @param withinOneGrade share graded at most one grade apart
 * @param weightedKappa  quadratic-weighted kappa, or null when it is undefined (fewer than two pairs, or every case
 *                       given the same grade by both, so no agreement beyond chance can be measured)
 * @param kappaLower95   lower end of its 95% confidence interval
 * @param kappaUpper95   upper end
 * @param confusion      counts, first rater's grade (rows) by second rater's (columns), outstanding first
 */
public record Agreement(int pairs, Double exact, Double withinOneGrade, Double weightedKappa, Double kappaLower95, Double kappaUpper95,
                        int[][] confusion) {

    private static final int K = Grade.values().length;

    /** Agreement over pairs of grades: the first of each pair is one rater's (recorded), the second the other's. */
    public static Agreement of(List<Grade[]> pairs) {
        int[][] counts = new int[K][K];
        for (Grade[] pair : pairs) {
            counts[pair[0].ordinal()][pair[1].ordinal()]++;
        }
        int n = pairs.size();
        if (n == 0) {
            return new Agreement(0, null, null, null, null, null, counts);
        }
        double exact = 0;
        double withinOne = 0;
        for (int i = 0; i < K; i++) {
            for (int j = 0; j < K; j++) {
                if (i == j) {
                    exact += counts[i][j];
                }
                if (Math.abs(i - j) <= 1) {
                    withinOne += counts[i][j];
                }
            }
        }
        Double[] kappa = weightedKappa(counts, n);
        return new Agreement(n, exact / n, withinOne / n, kappa[0], kappa[1], kappa[2], counts);
    }

    /** Quadratic agreement weight: 1 on the diagonal, 0 for grades three apart. */
    static double weight(int i, int j) {
        return 1.0 - (double) (i - j) * (i - j) / ((K - 1) * (K - 1));
    }

    /** [kappa, lower, upper], or nulls when undefined. */
    private static Double[] weightedKappa(int[][] counts, int n) {
        if (n < 2) {
            return new Double[] {null, null, null};
        }
        double[][] p = new double[K][K];
        double[] rows = new double[K];
        double[] columns = new double[K];
        for (int i = 0; i < K; i++) {
            for (int j = 0; j < K; j++) {
                p[i][j] = (double) counts[i][j] / n;
                rows[i] += p[i][j];
                columns[j] += p[i][j];
            }
        }
        double observed = 0;
        double chance = 0;
        for (int i = 0; i < K; i++) {
            for (int j = 0; j < K; j++) {
                observed += weight(i, j) * p[i][j];
                chance += weight(i, j) * rows[i] * columns[j];
            }
        }
        if (1 - chance < 1e-12) {
            return new Double[] {null, null, null};
        }
        double kappa = (observed - chance) / (1 - chance);
        // Fleiss, Cohen and Everitt (1969), equation 13: the variance of weighted kappa when kappa is not assumed zero.
        double[] rowMeans = new double[K];
        double[] columnMeans = new double[K];
        for (int i = 0; i < K; i++) {
            for (int j = 0; j < K; j++) {
                rowMeans[i] += columns[j] * weight(i, j);
                columnMeans[j] += rows[i] * weight(i, j);
            }
        }
        double sum = 0;
        for (int i = 0; i < K; i++) {
            for (int j = 0; j < K; j++) {
                double term = weight(i, j) - (rowMeans[i] + columnMeans[j]) * (1 - kappa);
                sum += p[i][j] * term * term;
            }
        }
        double variance = (sum - Math.pow(kappa - chance * (1 - kappa), 2)) / (n * Math.pow(1 - chance, 2));
        double halfWidth = 1.959964 * Math.sqrt(Math.max(0, variance));
        return new Double[] {kappa, Math.max(-1, kappa - halfWidth), Math.min(1, kappa + halfWidth)};
    }
}

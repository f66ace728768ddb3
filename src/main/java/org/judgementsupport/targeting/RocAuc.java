package org.judgementsupport.targeting;

/**
 * The area under the ROC curve of a score against a yes/no outcome, with its 95% confidence interval by DeLong's method
 * (DeLong, DeLong and Clarke-Pearson 1988, "Comparing the areas under two or more correlated receiver operating
 * characteristic curves: a nonparametric approach", Biometrics 44(3)).
 *
 * <p>The AUC is the chance that a case with the outcome scores higher than one without (ties count a half): the
 * Mann-Whitney statistic. DeLong's variance comes from each case's placement among the other group; it needs no
 * assumption about the scores' distribution, handles the many ties of a points score, and, because it gives the
 * covariance of two scores on the same cases, it compares two rankings on the same inspections properly ({@link #compare}),
 * which a bootstrap would do only approximately and with a seed. The intervals are the estimate ± 1.96 standard errors,
 * an AUC's clipped to [0, 1], as pROC reports them.
 *
 * @param auc           the area under the curve
 * @param standardError DeLong's standard error
 * @param lower95       lower end of the 95% confidence interval
 * @param upper95       upper end
 * @param positives     cases with the outcome
 * @param negatives     cases without
 */
public record RocAuc(double auc, double standardError, double lower95, double upper95, int positives, int negatives) {

    static final double Z_95 = 1.959964;

    /**
     * Two scores' AUCs on the same cases compared: the first's minus the second's, with DeLong's standard error of the
     * difference (which accounts for both scores ranking the same cases) and its 95% confidence interval.
     */
    public record Comparison(double difference, double standardError, double lower95, double upper95, double z) {

        /** The first score's AUC is higher, and the interval of the difference excludes no difference. */
        public boolean firstIsBetter() {
            return lower95 > 0;
        }
    }

    /** The AUC of the scores against the outcomes (true where the outcome happened). */
    public static RocAuc of(double[] scores, boolean[] outcomes) {
        Placements placements = Placements.of(scores, outcomes);
        double variance = placements.covariance(placements);
        double se = Math.sqrt(variance);
        return new RocAuc(placements.auc(), se, Math.max(0, placements.auc() - Z_95 * se), Math.min(1, placements.auc() + Z_95 * se),
                placements.positive().length, placements.negative().length);
    }

    /** The first score's AUC minus the second's, on the same cases. */
    public static Comparison compare(double[] first, double[] second, boolean[] outcomes) {
        Placements a = Placements.of(first, outcomes);
        Placements b = Placements.of(second, outcomes);
        double variance = a.covariance(a) + b.covariance(b) - 2 * a.covariance(b);
        double se = Math.sqrt(Math.max(0, variance));
        double difference = a.auc() - b.auc();
        return new Comparison(difference, se, difference - Z_95 * se, difference + Z_95 * se, se == 0 ? 0 : difference / se);
    }

    /**
     * DeLong's placements: for each case with the outcome, the share of cases without it that it outscores (V10), and for
     * each case without, the share of cases with it that outscore it (V01).
     */
    private record Placements(double[] positive, double[] negative) {

        static Placements of(double[] scores, boolean[] outcomes) {
            if (scores.length != outcomes.length) {
                throw new IllegalArgumentException("one score per outcome: " + scores.length + " scores, " + outcomes.length + " outcomes");
            }
            int positives = 0;
            for (boolean outcome : outcomes) {
                positives += outcome ? 1 : 0;
            }
            int negatives = outcomes.length - positives;
            if (positives < 2 || negatives < 2) {
                throw new IllegalArgumentException("an AUC and its interval need at least two cases with the outcome and two without; there are "
                        + positives + " and " + negatives);
            }
            double[] positive = new double[positives];
            double[] negative = new double[negatives];
            int p = 0;
            for (int i = 0; i < scores.length; i++) {
                if (!outcomes[i]) {
                    continue;
                }
                int n = 0;
                for (int j = 0; j < scores.length; j++) {
                    if (outcomes[j]) {
                        continue;
                    }
                    double kernel = scores[i] > scores[j] ? 1 : scores[i] == scores[j] ? 0.5 : 0;
                    positive[p] += kernel / negatives;
                    negative[n] += kernel / positives;
                    n++;
                }
                p++;
            }
            return new Placements(positive, negative);
        }

        double auc() {
            return mean(positive);
        }

        /** DeLong's covariance of this AUC with another's on the same cases: S10 / m + S01 / n. */
        double covariance(Placements other) {
            return sampleCovariance(positive, other.positive) / positive.length + sampleCovariance(negative, other.negative) / negative.length;
        }

        private static double sampleCovariance(double[] x, double[] y) {
            double meanX = mean(x);
            double meanY = mean(y);
            double sum = 0;
            for (int i = 0; i < x.length; i++) {
                sum += (x[i] - meanX) * (y[i] - meanY);
            }
            return sum / (x.length - 1);
        }

        private static double mean(double[] values) {
            double sum = 0;
            for (double value : values) {
                sum += value;
            }
            return sum / values.length;
        }
    }
}

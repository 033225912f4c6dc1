package dev.interviewcoach.core.internal.memory;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** Scores probability predictions against binary outcomes: log loss, AUC and binned RMSE. */
final class RecallScores {
    private RecallScores() {}

    /** Mean negative log-likelihood of the outcomes. */
    static double logLoss(double[] predicted, boolean[] outcome) {
        double sum = 0;
        for (int i = 0; i < predicted.length; i++) {
            double p = Math.min(Math.max(predicted[i], 1e-15), 1 - 1e-15);
            sum -= outcome[i] ? Math.log(p) : Math.log(1 - p);
        }
        return sum / predicted.length;
    }

    /** Area under the ROC curve (Mann–Whitney, tied predictions share their average rank). */
    static double auc(double[] predicted, boolean[] outcome) {
        Integer[] order = IntStream.range(0, predicted.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> predicted[i]));
        double positiveRanks = 0;
        long positives = 0;
        for (int i = 0; i < order.length; ) {
            int j = i;
            while (j < order.length && predicted[order[j]] == predicted[order[i]]) {
                j++;
            }
            double rank = (i + 1 + j) / 2.0;
            for (int k = i; k < j; k++) {
                if (outcome[order[k]]) {
                    positiveRanks += rank;
                    positives++;
                }
            }
            i = j;
        }
        long negatives = predicted.length - positives;
        return (positiveRanks - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }

    /**
     * Root mean squared gap between the mean prediction and the observed rate in {@code bins}
     * equal-width bins of the prediction, each bin weighted by its count.
     */
    static double binnedRmse(double[] predicted, boolean[] outcome, int bins) {
        double[] sumPredicted = new double[bins];
        double[] sumObserved = new double[bins];
        long[] count = new long[bins];
        for (int i = 0; i < predicted.length; i++) {
            int b = Math.min(bins - 1, (int) (predicted[i] * bins));
            sumPredicted[b] += predicted[i];
            sumObserved[b] += outcome[i] ? 1 : 0;
            count[b]++;
        }
        double sum = 0;
        for (int b = 0; b < bins; b++) {
            if (count[b] > 0) {
                double gap = (sumPredicted[b] - sumObserved[b]) / count[b];
                sum += count[b] * gap * gap;
            }
        }
        return Math.sqrt(sum / predicted.length);
    }
}

package dev.interviewcoach.core.internal.diagnosis;

/**
 * How a graded score depends on the distance between a learner's ability and a rung's difficulty.
 *
 * <p>The expected score rises along a logistic curve from {@code low} (far below the rung) to
 * {@code high} (comfortably above it); the score scatters around it as a normal censored to [0, 1]
 * (graders give exact 0s and 1s), and a share {@code outlier} of answers are slips or lucky guesses
 * that say nothing about ability (uniform on [0, 1]). It is a continuous-response IRT model: it
 * makes no use of any particular grader's score bands.
 *
 * @param low expected score far below the rung
 * @param high expected score well above the rung
 * @param slope steepness of the curve per rung of ability
 * @param noise standard deviation of the score around its expectation
 * @param outlier share of answers unrelated to ability
 * @param shift added to every expected score: a grader more lenient (positive) or stricter
 *     (negative) than the curve assumes
 */
public record ResponseModel(double low, double high, double slope, double noise, double outlier, double shift) {
    /** Scores this close to 0 or 1 count as censored at that end. */
    private static final double EDGE = 1e-9;
    /** A censored end's probability mass counts as a density over this width, to weigh against outliers. */
    private static final double EDGE_WIDTH = 0.05;

    /** Validates the parameters. */
    public ResponseModel {
        if (!(0 <= low && low < high && high <= 1 && slope > 0 && noise > 0 && outlier >= 0 && outlier < 1
                && Math.abs(shift) < 1)) {
            throw new IllegalArgumentException("invalid response model");
        }
    }

    /**
     * A response model of a grader that neither adds to nor takes from the curve.
     *
     * @param low expected score far below the rung
     * @param high expected score well above the rung
     * @param slope steepness of the curve per rung of ability
     * @param noise standard deviation of the score around its expectation
     * @param outlier share of answers unrelated to ability
     */
    public ResponseModel(double low, double high, double slope, double noise, double outlier) {
        this(low, high, slope, noise, outlier, 0);
    }

    /**
     * The same model for a grader that adds {@code shift} to every expected score.
     *
     * @param shift the shift, positive for a lenient grader
     * @return the copy
     */
    public ResponseModel withShift(double shift) {
        return new ResponseModel(low, high, slope, noise, outlier, shift);
    }

    /**
     * The model the coach uses: wide noise and one answer in five unrelated to ability, so that a
     * grader harsher or noisier than expected neither throws a placement nor makes it overconfident.
     *
     * @return the standard model
     */
    public static ResponseModel standard() {
        return new ResponseModel(0.15, 0.85, 3.0, 0.2, 0.2);
    }

    /**
     * The expected score of an answer at ability minus difficulty {@code delta}.
     *
     * @param delta ability minus the rung's difficulty
     * @return the expected score before censoring
     */
    public double mean(double delta) {
        return low + shift + (high - low) / (1 + Math.exp(-slope * delta));
    }

    /**
     * The likelihood of a score: a density inside (0, 1), a probability mass at the censored ends.
     *
     * @param score the score in [0, 1]
     * @param delta ability minus the rung's difficulty
     * @return the likelihood, positive
     */
    public double likelihood(double score, double delta) {
        double mu = mean(delta);
        double fit;
        if (score <= EDGE) {
            fit = Normal.cdf(-mu / noise) / EDGE_WIDTH;
        } else if (score >= 1 - EDGE) {
            fit = (1 - Normal.cdf((1 - mu) / noise)) / EDGE_WIDTH;
        } else {
            fit = Normal.density((score - mu) / noise) / noise;
        }
        return (1 - outlier) * fit + outlier;
    }

    /**
     * The probability of a score falling in each of {@code bins} equal bins of [0, 1], censored ends
     * included in the first and last bin.
     *
     * @param delta ability minus the rung's difficulty
     * @param bins how many bins
     * @return the probabilities, summing to 1
     */
    public double[] binProbabilities(double delta, int bins) {
        double mu = mean(delta);
        double[] p = new double[bins];
        double previous = 0;
        for (int b = 0; b < bins; b++) {
            double cdf = b == bins - 1 ? 1 : Normal.cdf(((b + 1.0) / bins - mu) / noise);
            p[b] = (1 - outlier) * (cdf - previous) + outlier / bins;
            previous = cdf;
        }
        return p;
    }
}

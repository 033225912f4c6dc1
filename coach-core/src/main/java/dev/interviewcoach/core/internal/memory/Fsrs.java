package dev.interviewcoach.core.internal.memory;

import java.util.Arrays;

/**
 * The FSRS-6 memory model (Free Spaced Repetition Scheduler, version 6): how stability, difficulty
 * and retrievability move with each review. Pure functions of 21 weights; time is in days.
 *
 * <p><b>Same-day rule.</b> A review on the same day as the previous one (elapsed 0 days) uses the
 * short-term formula {@code S' = S · e^(w17·(G − 3 + w18)) · S^(−w19)}, whose growth factor is
 * floored at 1 for every rating from Hard up (as fsrs-rs does; py-fsrs floors it only for Good and
 * Easy): a same-day success never lowers stability, a same-day Again does. Difficulty moves as on
 * any review.
 */
public final class Fsrs {
    /** The FSRS-6 default weights. */
    private static final double[] DEFAULT_WEIGHTS = {
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
        1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
    };
    /** The smallest stability, in days. */
    public static final double STABILITY_MIN = 0.001;
    /** The largest stability, in days. */
    public static final double STABILITY_MAX = 36500;

    private final double[] w;
    private final double decay;
    private final double factor;

    /**
     * A model with the given weights.
     *
     * @param weights the 21 FSRS-6 weights
     */
    public Fsrs(double[] weights) {
        if (weights.length != 21) {
            throw new IllegalArgumentException("FSRS-6 has 21 weights, got " + weights.length);
        }
        this.w = weights.clone();
        this.decay = -w[20];
        this.factor = Math.pow(0.9, 1 / decay) - 1;
    }

    /**
     * The model with the FSRS-6 default weights.
     *
     * @return the default model
     */
    public static Fsrs defaults() {
        return new Fsrs(DEFAULT_WEIGHTS);
    }

    /**
     * The weights.
     *
     * @return a copy of the 21 weights
     */
    public double[] weights() {
        return Arrays.copyOf(w, w.length);
    }

    /**
     * The probability of recall after {@code elapsedDays} at {@code stability}:
     * {@code (1 + factor · t / S)^decay}.
     *
     * @param elapsedDays days since the last review
     * @param stability the stability
     * @return the retrievability in (0, 1]
     */
    public double retrievability(double elapsedDays, double stability) {
        return Math.pow(1 + factor * elapsedDays / stability, decay);
    }

    /**
     * The state after an item's first review.
     *
     * @param rating the first rating
     * @return the initial state
     */
    public MemoryState initial(Rating rating) {
        double stability = Math.max(w[rating.value() - 1], STABILITY_MIN);
        return new MemoryState(stability, clampDifficulty(initialDifficulty(rating)));
    }

    /**
     * The state after a later review.
     *
     * @param state the state before
     * @param elapsedDays whole days since the previous review; 0 applies the same-day rule
     * @param rating the rating
     * @return the state after
     */
    public MemoryState next(MemoryState state, long elapsedDays, Rating rating) {
        double s = state.stability();
        double d = state.difficulty();
        double stability;
        if (elapsedDays <= 0) {
            stability = shortTermStability(s, rating);
        } else {
            double r = retrievability(elapsedDays, s);
            stability = rating == Rating.AGAIN ? stabilityAfterLapse(s, d, r) : stabilityAfterSuccess(s, d, r, rating);
        }
        stability = Math.min(Math.max(stability, STABILITY_MIN), STABILITY_MAX);
        return new MemoryState(stability, nextDifficulty(d, rating));
    }

    /**
     * Difficulty after a review: a damped step by rating, reverted slightly towards the initial
     * difficulty of an Easy item, clamped to [1, 10].
     *
     * @param difficulty the difficulty before
     * @param rating the rating
     * @return the difficulty after
     */
    public double nextDifficulty(double difficulty, Rating rating) {
        double delta = -w[6] * (rating.value() - 3);
        double damped = difficulty + delta * (10 - difficulty) / 9;
        return clampDifficulty(w[7] * initialDifficulty(Rating.EASY) + (1 - w[7]) * damped);
    }

    /**
     * Stability after a successful review on a later day. Rating Again is accepted (it then takes
     * no multiplier) so the formula can be checked on its own.
     *
     * @param s stability before
     * @param d difficulty before
     * @param r retrievability at the review
     * @param rating the rating
     * @return the new stability
     */
    public double stabilityAfterSuccess(double s, double d, double r, Rating rating) {
        double hard = rating == Rating.HARD ? w[15] : 1;
        double easy = rating == Rating.EASY ? w[16] : 1;
        return s * (1 + Math.exp(w[8]) * (11 - d) * Math.pow(s, -w[9]) * (Math.exp((1 - r) * w[10]) - 1) * hard * easy);
    }

    /**
     * Stability after a lapse on a later day, never above what a same-day Again would leave.
     *
     * @param s stability before
     * @param d difficulty before
     * @param r retrievability at the review
     * @return the new stability
     */
    public double stabilityAfterLapse(double s, double d, double r) {
        double longTerm = w[11] * Math.pow(d, -w[12]) * (Math.pow(s + 1, w[13]) - 1) * Math.exp((1 - r) * w[14]);
        return Math.min(longTerm, s / Math.exp(w[17] * w[18]));
    }

    /**
     * Stability after a review on the same day, by the same-day rule of this class.
     *
     * @param s stability before
     * @param rating the rating
     * @return the new stability
     */
    public double shortTermStability(double s, Rating rating) {
        double growth = Math.exp(w[17] * (rating.value() - 3 + w[18])) * Math.pow(s, -w[19]);
        return s * (rating == Rating.AGAIN ? growth : Math.max(growth, 1));
    }

    /**
     * The interval, in fractional days, after which recall falls to {@code desiredRetention}.
     *
     * @param stability the stability
     * @param desiredRetention the target recall probability, in (0, 1]
     * @return the interval in days, unrounded
     */
    public double interval(double stability, double desiredRetention) {
        if (!(desiredRetention > 0 && desiredRetention <= 1)) {
            throw new IllegalArgumentException("desired retention must be in (0, 1], was " + desiredRetention);
        }
        return stability / factor * (Math.pow(desiredRetention, 1 / decay) - 1);
    }

    /**
     * The interval in whole days: rounded, at least 1.
     *
     * @param stability the stability
     * @param desiredRetention the target recall probability, in (0, 1]
     * @return the interval in days
     */
    public long intervalDays(double stability, double desiredRetention) {
        return Math.max(1, Math.round(interval(stability, desiredRetention)));
    }

    private double initialDifficulty(Rating rating) {
        return w[4] - Math.exp(w[5] * (rating.value() - 1)) + 1;
    }

    private static double clampDifficulty(double d) {
        return Math.min(Math.max(d, 1), 10);
    }
}

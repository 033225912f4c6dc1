package dev.interviewcoach.core.internal.memory;

/**
 * The four FSRS review ratings, and how a graded score maps to them.
 *
 * <p>Thresholds on the score in [0, 1]: below 0.4 is {@link #AGAIN} (not recalled), from 0.4 to
 * below 0.6 {@link #HARD} (recalled in part, with effort), from 0.6 to below 0.9 {@link #GOOD} and
 * from 0.9 {@link #EASY}. The {@code GOOD} threshold equals the coach's default pass threshold, so
 * a passing answer is a good recall.
 */
public enum Rating {
    /** Forgotten: the review failed. */
    AGAIN(1),
    /** Recalled with serious difficulty. */
    HARD(2),
    /** Recalled. */
    GOOD(3),
    /** Recalled easily. */
    EASY(4);

    /** Lowest score rated {@link #HARD}. */
    public static final double HARD_FROM = 0.4;
    /** Lowest score rated {@link #GOOD}. */
    public static final double GOOD_FROM = 0.6;
    /** Lowest score rated {@link #EASY}. */
    public static final double EASY_FROM = 0.9;

    private final int value;

    Rating(int value) {
        this.value = value;
    }

    /**
     * The FSRS number of the rating, 1 to 4.
     *
     * @return the number
     */
    public int value() {
        return value;
    }

    /**
     * The rating of an FSRS number.
     *
     * @param value 1 to 4
     * @return the rating
     */
    public static Rating of(int value) {
        if (value < 1 || value > 4) {
            throw new IllegalArgumentException("a rating is 1 to 4, was " + value);
        }
        return values()[value - 1];
    }

    /**
     * The rating of a graded score, by the thresholds above.
     *
     * @param score the score in [0, 1]
     * @return the rating
     */
    public static Rating fromScore(double score) {
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("score must be in [0, 1], was " + score);
        }
        return score < HARD_FROM ? AGAIN : score < GOOD_FROM ? HARD : score < EASY_FROM ? GOOD : EASY;
    }
}

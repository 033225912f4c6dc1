package dev.interviewcoach.api;

/**
 * A range of scores, closed at the low end and closed or open at the high end.
 *
 * @param low the lowest score in the band
 * @param high the upper bound
 * @param highInclusive whether {@code high} itself is in the band
 * @since 0.1
 */
public record ScoreBand(double low, double high, boolean highInclusive) {
    /** Validates the bounds. */
    public ScoreBand {
        Require.unit(low, "low");
        Require.unit(high, "high");
        if (low > high) {
            throw new IllegalArgumentException("low " + low + " is above high " + high);
        }
    }

    /**
     * The closed band {@code [low, high]}.
     *
     * @param low the lowest score
     * @param high the highest score
     * @return the band
     */
    public static ScoreBand closed(double low, double high) {
        return new ScoreBand(low, high, true);
    }

    /**
     * Whether a score lies in this band.
     *
     * @param score the score
     * @return true when {@code low <= score} and score is below or at {@code high} as the band says
     */
    public boolean contains(double score) {
        return score >= low && (highInclusive ? score <= high : score < high);
    }

    @Override
    public String toString() {
        return "[" + low + ", " + high + (highInclusive ? "]" : ")");
    }
}

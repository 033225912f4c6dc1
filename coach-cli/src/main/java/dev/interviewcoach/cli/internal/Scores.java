package dev.interviewcoach.cli.internal;

import java.util.Locale;

/**
 * Scores as the learner reads them: cut, not rounded, to two decimals, so a score shown beside its
 * verdict never reads as the pass mark it missed (0.595 is "0.59 · not yet", never "0.60 · not yet").
 * A pass mark of up to two decimals and the shown score then always agree.
 */
final class Scores {
    /** Absorbs the binary error of a decimal score (0.29 is 0.28999… as a double). */
    private static final double EPSILON = 1e-9;

    private Scores() {}

    /** The score cut to two decimals, e.g. "0.59". */
    static String two(double score) {
        return String.format(Locale.ROOT, "%.2f", Math.floor(score * 100 + EPSILON) / 100);
    }

    /**
     * A share as a whole percentage, cut like the scores: 0.597 is 59, and 0.847 never reads as the 85 %
     * a rung counts as mastered from (the coach's own messages quote estimates below a mark the same way).
     */
    static long percent(double share) {
        return (long) Math.floor(share * 100 + EPSILON);
    }

    /** The score cut to three decimals, e.g. "0.595". */
    static String three(double score) {
        return String.format(Locale.ROOT, "%.3f", Math.floor(score * 1000 + EPSILON) / 1000);
    }
}

package dev.interviewcoach.core;

import dev.interviewcoach.api.Grade;

/**
 * Decides whether a grade passes; kept outside graders so one grader serves many policies.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface PassPolicy {
    /**
     * Whether a grade passes.
     *
     * @param grade the grade
     * @return true when it passes; a grade without a score never passes
     */
    boolean passes(Grade grade);

    /** The pass mark of the coach's default policy: a score of 0.6 means ready on that rung. */
    double DEFAULT_PASS_MARK = 0.6;

    /**
     * The coach's default policy: scored grades from {@value #DEFAULT_PASS_MARK} pass.
     *
     * @return the policy
     * @since 0.1
     */
    static PassPolicy defaults() {
        return threshold(DEFAULT_PASS_MARK);
    }

    /**
     * Passes scored grades at or above a threshold.
     *
     * @param threshold the lowest passing score, in [0, 1]
     * @return the policy
     */
    static PassPolicy threshold(double threshold) {
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in [0, 1]");
        }
        return grade -> grade.score().isPresent() && grade.score().getAsDouble() >= threshold;
    }
}

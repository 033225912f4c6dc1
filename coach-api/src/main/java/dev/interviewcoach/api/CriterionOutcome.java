package dev.interviewcoach.api;

/**
 * How well an answer met one criterion.
 *
 * @since 0.1
 */
public enum CriterionOutcome {
    /** Enough evidence was found. */
    MET,
    /** Some, not enough, evidence was found. */
    PARTLY_MET,
    /** No evidence was found. */
    MISSED
}

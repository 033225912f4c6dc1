package dev.interviewcoach.api;

/**
 * How much a mastery estimate can be trusted.
 *
 * @since 0.1
 */
public enum MasteryStatus {
    /** Not enough evidence yet to make a claim either way. */
    TENTATIVE,
    /** Enough consistent evidence that the learner holds this rung. */
    MASTERED,
    /** Enough consistent evidence that the learner does not yet hold this rung. */
    NOT_MASTERED
}

package dev.interviewcoach.api;

/**
 * Where a learner stands with a misconception.
 *
 * @since 0.1
 */
public enum MisconceptionStatus {
    /** Seen once. */
    SUSPECTED,
    /** Seen again: it recurs. */
    CONFIRMED,
    /** Later passing answers on its topic were free of it. */
    RESOLVED
}

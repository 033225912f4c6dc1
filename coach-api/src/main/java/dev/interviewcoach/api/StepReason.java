package dev.interviewcoach.api;

/**
 * Why the coach chose a step.
 *
 * @since 0.1
 */
public enum StepReason {
    /** Placement: finding out where the learner stands. */
    DIAGNOSTIC,
    /** Practice at the learner's frontier. */
    PRACTICE,
    /** A spaced review of something the learner holds, now due. */
    REVIEW,
    /** A follow-up on what a weak answer missed. */
    FOLLOW_UP,
    /** A step down after repeated failure, to rebuild footing. */
    RECOVERY,
    /** The integrated boss question. */
    BOSS
}

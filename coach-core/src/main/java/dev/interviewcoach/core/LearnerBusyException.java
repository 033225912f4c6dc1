package dev.interviewcoach.core;

import dev.interviewcoach.api.CoachException;

/**
 * The learner's state kept changing under other sessions until the coach's time budget for saving
 * ran out ({@link Coach.Builder#commitTimeBudget(java.time.Duration)}). Nothing of this call was
 * stored; the step is still pending, so submitting the same answer again is safe and will be graded
 * again.
 *
 * @since 0.1
 */
public class LearnerBusyException extends CoachException {
    private static final long serialVersionUID = 1L;

    /**
     * A give-up after retries.
     *
     * @param message what happened
     * @param cause the last conflict
     */
    public LearnerBusyException(String message, Throwable cause) {
        super(message, cause);
    }
}

package dev.interviewcoach.core;

import dev.interviewcoach.api.CoachException;

/**
 * The coach's grading executor ({@link Coach.Builder#gradingExecutor}) refused to run an answer's
 * grading, usually because the host shut it down. Nothing was graded or stored and the step stays
 * open: submitting the same answer again works once the executor runs.
 *
 * @since 0.1
 */
public class GradingRefusedException extends CoachException {
    private static final long serialVersionUID = 1L;

    /**
     * A refusal.
     *
     * @param message what happened
     * @param cause the executor's refusal
     */
    public GradingRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}

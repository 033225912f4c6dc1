package dev.interviewcoach.grader.llm.internal;

import dev.interviewcoach.api.GradingException;

/**
 * Why one grading by the model failed; its message becomes the ERROR grade's message, so it never
 * holds the answer text or the API key.
 */
class LlmFailure extends GradingException {
    private static final long serialVersionUID = 1L;

    LlmFailure(String message) {
        super(message);
    }

    /**
     * The failure of a grade stopped by its caller's limits before the endpoint had a say: the caller gave
     * up, or its time ran out before a request was sent. It says nothing of the endpoint, so it neither
     * counts against the circuit breaker nor ends another caller's grade that shared the request.
     *
     * @param message why
     * @return the failure
     */
    static LlmFailure callers(String message) {
        return new Callers(message);
    }

    /** Whether the caller's limits stopped the grade, rather than the endpoint or the model. */
    boolean isCallers() {
        return false;
    }

    private static final class Callers extends LlmFailure {
        private static final long serialVersionUID = 1L;

        Callers(String message) {
            super(message);
        }

        @Override
        boolean isCallers() {
            return true;
        }
    }
}

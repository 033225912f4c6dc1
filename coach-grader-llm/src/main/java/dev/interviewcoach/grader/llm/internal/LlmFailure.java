package dev.interviewcoach.grader.llm.internal;

import dev.interviewcoach.api.GradingException;

/**
 * Why one grading by the model failed; its message becomes the ERROR grade's message, so it never
 * holds the answer text or the API key.
 */
final class LlmFailure extends GradingException {
    private static final long serialVersionUID = 1L;

    LlmFailure(String message) {
        super(message);
    }
}

package dev.interviewcoach.spi;

import dev.interviewcoach.api.Answer;
import dev.interviewcoach.api.Challenge;
import java.util.Objects;

/**
 * What a grader is asked to grade: one answer to one challenge. Graders know nothing of learners.
 *
 * @param challenge the challenge with its rubric, misconceptions and reference answer
 * @param answer the answer
 * @since 0.1
 */
public record GradingRequest(Challenge challenge, Answer answer) {
    /** Validates the components. */
    public GradingRequest {
        Objects.requireNonNull(challenge, "challenge");
        Objects.requireNonNull(answer, "answer");
    }

    /**
     * A request.
     *
     * @param challenge the challenge
     * @param answer the answer
     * @return the request
     */
    public static GradingRequest of(Challenge challenge, Answer answer) {
        return new GradingRequest(challenge, answer);
    }
}

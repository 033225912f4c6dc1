package dev.interviewcoach.core;

import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.StepReason;
import java.util.Objects;

/**
 * What the coach asks next, and why.
 *
 * @param challenge the challenge to answer
 * @param reason why it was chosen
 * @param why one sentence for the learner explaining the choice
 * @param number the step's number in this session, from 1
 * @since 0.1
 */
public record Step(Challenge challenge, StepReason reason, String why, int number) {
    /** Validates the components. */
    public Step {
        Objects.requireNonNull(challenge, "challenge");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(why, "why");
        if (number < 1) {
            throw new IllegalArgumentException("number must be positive");
        }
    }

    /**
     * The text to show the candidate: scenario, question and constraints.
     *
     * @return the prompt text
     */
    public String promptText() {
        return challenge.prompt().fullText();
    }
}

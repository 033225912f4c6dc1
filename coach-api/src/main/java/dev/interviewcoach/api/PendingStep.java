package dev.interviewcoach.api;

import java.time.Instant;
import java.util.Objects;

/**
 * The step a learner has been shown on a track and not yet answered, kept in the learner's state so
 * that any session, on any device and after a restart, resumes it and answers are graded against it.
 *
 * @param id the step's id, unique for the learner and track
 * @param challengeId the challenge asked
 * @param reason why it was chosen
 * @param why one sentence for the learner explaining the choice
 * @param number the step's number on this track, from 1, continuing across sessions
 * @param shownAt when the coach first showed it, by the coach's clock
 * @since 0.1
 */
public record PendingStep(String id, String challengeId, StepReason reason, String why, long number, Instant shownAt) {
    /** Validates the components. */
    public PendingStep {
        Require.nonBlank(id, "id");
        Require.nonBlank(challengeId, "challengeId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(why, "why");
        if (number < 1) {
            throw new IllegalArgumentException("number must be positive");
        }
        Objects.requireNonNull(shownAt, "shownAt");
    }
}

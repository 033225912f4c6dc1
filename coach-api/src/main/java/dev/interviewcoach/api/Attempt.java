package dev.interviewcoach.api;

import java.time.Instant;
import java.util.Objects;

/**
 * One graded answer of a learner, kept with the original answer and the full grade.
 *
 * @param id unique id of the attempt
 * @param learnerId the learner
 * @param trackId the track the challenge came from
 * @param challengeId the challenge answered
 * @param conceptId the challenge's concept
 * @param level the challenge's rung
 * @param reason why the coach asked it
 * @param answer the answer as given
 * @param grade the full grade
 * @param at when it was submitted
 * @since 0.1
 */
public record Attempt(
        String id,
        LearnerId learnerId,
        String trackId,
        String challengeId,
        String conceptId,
        ChallengeLevel level,
        StepReason reason,
        Answer answer,
        Grade grade,
        Instant at) {
    /** Validates the components. */
    public Attempt {
        Require.nonBlank(id, "id");
        Objects.requireNonNull(learnerId, "learnerId");
        Require.nonBlank(trackId, "trackId");
        Require.nonBlank(challengeId, "challengeId");
        Require.nonBlank(conceptId, "conceptId");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(at, "at");
    }
}

package dev.interviewcoach.api;

import java.time.Instant;
import java.util.List;
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
 * @param masteryChanges what the answer moved in the learner's mastery, as the coach computed it when
 *     the answer was stored (empty for an attempt stored before this was recorded, or one that moved
 *     nothing); on the answer that completes a diagnosis it includes what the placement moved when it
 *     read the diagnostic answers again, so with the attempts in order it gives each concept's mastery
 *     over time (a change's {@code before} for a rung no answer had moved is the prior every estimate
 *     starts at)
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
        Instant at,
        List<MasteryChange> masteryChanges) {
    /** Validates the components and copies the list; a null list is empty. */
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
        masteryChanges = masteryChanges == null ? List.of() : List.copyOf(masteryChanges);
    }

    /**
     * An attempt that records no mastery change.
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
     */
    public Attempt(String id, LearnerId learnerId, String trackId, String challengeId, String conceptId,
            ChallengeLevel level, StepReason reason, Answer answer, Grade grade, Instant at) {
        this(id, learnerId, trackId, challengeId, conceptId, level, reason, answer, grade, at, List.of());
    }

    /**
     * This attempt recording what it moved in the learner's mastery.
     *
     * @param changes the changes, in the order the coach reported them
     * @return the attempt with those changes
     */
    public Attempt withMasteryChanges(List<MasteryChange> changes) {
        return new Attempt(id, learnerId, trackId, challengeId, conceptId, level, reason, answer, grade, at, changes);
    }
}

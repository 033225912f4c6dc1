package dev.interviewcoach.api;

import java.util.List;
import java.util.Objects;

/**
 * A misconception a learner has shown, with the attempts that showed it.
 *
 * @param challengeId the challenge that defines the misconception
 * @param misconceptionId the misconception's id in that challenge
 * @param topicId the topic it belongs to
 * @param status suspected, confirmed or resolved
 * @param occurrences how many answers showed it
 * @param cleanAnswersSince how many later passing answers on its topic were free of it (whole questions
 *     answered, not follow-ups or skipped questions)
 * @param attemptIds the most recent attempts that showed it (bounded)
 * @since 0.1
 */
public record MisconceptionRecord(
        String challengeId,
        String misconceptionId,
        String topicId,
        MisconceptionStatus status,
        int occurrences,
        int cleanAnswersSince,
        List<String> attemptIds) {
    /** Validates the components and copies the list. */
    public MisconceptionRecord {
        Require.nonBlank(challengeId, "challengeId");
        Require.nonBlank(misconceptionId, "misconceptionId");
        Require.nonBlank(topicId, "topicId");
        Objects.requireNonNull(status, "status");
        if (occurrences < 1 || cleanAnswersSince < 0) {
            throw new IllegalArgumentException("occurrences must be positive and cleanAnswersSince not negative");
        }
        attemptIds = List.copyOf(attemptIds);
    }

    /**
     * The key that identifies this misconception across the track, {@code challengeId#misconceptionId}.
     *
     * @return the qualified id
     */
    public String qualifiedId() {
        return challengeId + "#" + misconceptionId;
    }
}

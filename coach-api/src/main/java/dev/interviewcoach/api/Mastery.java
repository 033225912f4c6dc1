package dev.interviewcoach.api;

import java.util.List;
import java.util.Objects;

/**
 * The estimated probability that a learner holds one rung of one concept, with its evidence.
 *
 * @param conceptId the concept
 * @param level the rung
 * @param probability estimated probability the rung is held, in [0, 1]
 * @param evidenceCount how many graded answers have moved this estimate
 * @param status whether the estimate is tentative or confirmed
 * @param recentAttemptIds the most recent attempts behind the estimate (bounded; the store keeps all)
 * @since 0.1
 */
public record Mastery(
        String conceptId,
        ChallengeLevel level,
        double probability,
        int evidenceCount,
        MasteryStatus status,
        List<String> recentAttemptIds) {
    /** Validates the components and copies the list. */
    public Mastery {
        Require.nonBlank(conceptId, "conceptId");
        Objects.requireNonNull(level, "level");
        Require.unit(probability, "probability");
        if (evidenceCount < 0) {
            throw new IllegalArgumentException("evidenceCount must not be negative");
        }
        Objects.requireNonNull(status, "status");
        recentAttemptIds = List.copyOf(recentAttemptIds);
    }
}

package dev.interviewcoach.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where diagnosis placed a learner on one concept.
 *
 * @param conceptId the concept
 * @param level the highest rung held, empty when none is
 * @param confidence the probability the placement is right, in [0, 1]
 * @param attemptIds the diagnostic attempts behind it
 * @since 0.1
 */
public record Placement(String conceptId, Optional<ChallengeLevel> level, double confidence, List<String> attemptIds) {
    /** Validates the components and copies the list. */
    public Placement {
        Require.nonBlank(conceptId, "conceptId");
        Objects.requireNonNull(level, "level");
        Require.unit(confidence, "confidence");
        attemptIds = List.copyOf(attemptIds);
    }
}

package dev.interviewcoach.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where diagnosis placed a learner on one concept.
 *
 * <p>A placement holds its rungs only when it is {@linkplain #backed() backed}: answers on its own
 * concept stand behind it. One with no attempts was inferred from the learner's other concepts (the
 * diagnosis did not reach this one, or stopped early): an estimate of where practice might start,
 * which neither readiness nor progression counts as holding a rung, so practice starts at DEFINE.
 *
 * @param conceptId the concept
 * @param level the highest rung the diagnosis places the learner at, empty when none
 * @param confidence the probability the placement is right, in [0, 1]
 * @param attemptIds the diagnostic attempts on this concept behind it; empty for an inferred placement
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

    /**
     * Whether answers on this concept stand behind the placement, so that it holds its rungs: it has
     * attempts and a confidence above 0 (a restarted diagnosis leaves placements of confidence 0).
     *
     * @return true when the placement holds the rungs up to {@link #level()}
     * @since 0.1
     */
    public boolean backed() {
        return !attemptIds.isEmpty() && confidence > 0;
    }
}

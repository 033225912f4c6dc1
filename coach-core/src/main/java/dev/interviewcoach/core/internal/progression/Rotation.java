package dev.interviewcoach.core.internal.progression;

import dev.interviewcoach.api.Challenge;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which challenge of a concept × rung to ask: one not asked yet, in content order; once every one has
 * been asked the rung is used up, and only then may the one asked longest ago come back, never within
 * {@code window} attempts of its last asking (so never twice in a row).
 *
 * @param window how many of the latest attempts a challenge must not be among to be asked again, at least 1
 */
record Rotation(int window) {
    /** Validates the window. */
    Rotation {
        if (window < 1) {
            throw new IllegalArgumentException("the repeat window must be at least 1, was " + window);
        }
    }

    /** A challenge of the candidates not among the recent attempts, in content order. */
    Optional<Challenge> fresh(List<Challenge> candidates, History history) {
        return candidates.stream().filter(c -> history.stepsSince(c.id()) < 0).findFirst();
    }

    /** The candidate asked longest ago, outside the window; for a used-up rung. */
    Optional<Challenge> reuse(List<Challenge> candidates, History history) {
        return candidates.stream()
                .filter(c -> history.stepsSince(c.id()) < 0 || history.stepsSince(c.id()) > window)
                .max(Comparator.comparingInt(c -> history.stepsSince(c.id()) < 0 ? Integer.MAX_VALUE
                        : history.stepsSince(c.id())));
    }

    /** A fresh candidate, or else one asked long enough ago. */
    Optional<Challenge> any(List<Challenge> candidates, History history) {
        return fresh(candidates, history).or(() -> reuse(candidates, history));
    }
}

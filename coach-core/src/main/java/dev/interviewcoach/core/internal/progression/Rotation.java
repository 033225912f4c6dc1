package dev.interviewcoach.core.internal.progression;

import dev.interviewcoach.api.Challenge;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Which challenge of a concept × rung to ask: one never asked (in the whole history, not only the
 * recent attempts), in the order the candidates come ({@link TrackIndex#challenges}: content order, a
 * variant's own challenges first); once every one has been asked the rung is used up, and only then may
 * the one asked longest ago come back, never within {@code window} attempts of its last asking (so
 * never twice in a row).
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

    /** A challenge of the candidates never asked, the first in their order. */
    Optional<Challenge> fresh(List<Challenge> candidates, History history) {
        for (var c : candidates) {
            if (history.neverAsked(c.id())) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /**
     * The candidate asked longest ago, outside the window; for a used-up rung. Of candidates never
     * asked or asked equally long ago, the first in their order.
     */
    Optional<Challenge> reuse(List<Challenge> candidates, History history) {
        Challenge best = null;
        int bestSince = 0;
        Instant bestAt = null;
        for (var c : candidates) {
            int since = history.stepsSince(c.id());
            if (since >= 0 && since <= window) {
                continue;
            }
            if (since >= 0) {
                if (best == null || bestSince >= 0 && since > bestSince) {
                    best = c;
                    bestSince = since;
                }
                continue;
            }
            // not among the recent attempts: older than any of them; never asked, or asked longest ago, first
            var at = history.askedBefore(c.id()).orElse(Instant.MIN);
            if (best == null || bestSince >= 0 || at.isBefore(bestAt)) {
                best = c;
                bestSince = -1;
                bestAt = at;
            }
        }
        return Optional.ofNullable(best);
    }

    /** A fresh candidate, or else one asked long enough ago. */
    Optional<Challenge> any(List<Challenge> candidates, History history) {
        return fresh(candidates, history).or(() -> reuse(candidates, history));
    }
}

package dev.interviewcoach.spi;

import dev.interviewcoach.api.LearnerId;
import java.util.Objects;
import java.util.Optional;

/**
 * Which attempts to list.
 *
 * @param learnerId the learner
 * @param trackId only attempts on this track, when present
 * @param limit at most this many, the most recent ones among those on the track when one is given
 *     (the track filter first, then the limit; still returned oldest first)
 * @since 0.1
 */
public record AttemptQuery(LearnerId learnerId, Optional<String> trackId, int limit) {
    /** Validates the components. */
    public AttemptQuery {
        Objects.requireNonNull(learnerId, "learnerId");
        Objects.requireNonNull(trackId, "trackId");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
    }

    /**
     * All attempts of a learner.
     *
     * @param learnerId the learner
     * @return the query
     */
    public static AttemptQuery all(LearnerId learnerId) {
        return new AttemptQuery(learnerId, Optional.empty(), Integer.MAX_VALUE);
    }

    /**
     * All attempts of a learner on one track.
     *
     * @param learnerId the learner
     * @param trackId the track
     * @return the query
     */
    public static AttemptQuery all(LearnerId learnerId, String trackId) {
        return new AttemptQuery(learnerId, Optional.of(trackId), Integer.MAX_VALUE);
    }

    /**
     * The most recent attempts of a learner on a track.
     *
     * @param learnerId the learner
     * @param trackId the track
     * @param limit at most this many
     * @return the query
     */
    public static AttemptQuery recent(LearnerId learnerId, String trackId, int limit) {
        return new AttemptQuery(learnerId, Optional.of(trackId), limit);
    }
}

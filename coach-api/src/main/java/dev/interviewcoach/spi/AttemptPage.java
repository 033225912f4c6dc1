package dev.interviewcoach.spi;

import dev.interviewcoach.api.LearnerId;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of a learner's attempts, oldest first: the attempts at positions {@code [offset, offset +
 * limit)} of the learner's history (on one track, when given).
 *
 * @param learnerId the learner
 * @param trackId only attempts on this track, when present
 * @param offset how many of the oldest attempts to skip
 * @param limit at most this many
 * @since 0.1
 */
public record AttemptPage(LearnerId learnerId, Optional<String> trackId, long offset, int limit) {
    /** Validates the components. */
    public AttemptPage {
        Objects.requireNonNull(learnerId, "learnerId");
        Objects.requireNonNull(trackId, "trackId");
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative");
        }
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
    }

    /**
     * A page of all of a learner's attempts.
     *
     * @param learnerId the learner
     * @param offset how many of the oldest attempts to skip
     * @param limit at most this many
     * @return the page request
     */
    public static AttemptPage of(LearnerId learnerId, long offset, int limit) {
        return new AttemptPage(learnerId, Optional.empty(), offset, limit);
    }

    /**
     * The page after this one.
     *
     * @return the next page request
     */
    public AttemptPage next() {
        return new AttemptPage(learnerId, trackId, offset + limit, limit);
    }
}

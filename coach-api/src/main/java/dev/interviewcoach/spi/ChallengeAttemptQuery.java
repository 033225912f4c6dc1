package dev.interviewcoach.spi;

import dev.interviewcoach.api.LearnerId;
import java.util.Objects;

/**
 * Which of a learner's attempts at one challenge to list: those on one track whose {@link
 * dev.interviewcoach.api.Attempt#challengeId()} equals {@code challengeId} exactly (a follow-up
 * question has an id of its own and is not included), the most recent {@code limit} of them.
 *
 * <pre>{@code
 * List<Attempt> lastThree = store.attempts(ChallengeAttemptQuery.recent(learner, "backend", "http.define.idempotency", 3));
 * }</pre>
 *
 * @param learnerId the learner
 * @param trackId the track the attempts were on
 * @param challengeId the challenge, compared exactly
 * @param limit at most this many, the most recent ones (still returned oldest first)
 * @since 0.1
 */
public record ChallengeAttemptQuery(LearnerId learnerId, String trackId, String challengeId, int limit) {
    /** Validates the components. */
    public ChallengeAttemptQuery {
        Objects.requireNonNull(learnerId, "learnerId");
        Objects.requireNonNull(trackId, "trackId");
        Objects.requireNonNull(challengeId, "challengeId");
        if (trackId.isBlank() || challengeId.isBlank()) {
            throw new IllegalArgumentException("trackId and challengeId must not be blank");
        }
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
    }

    /**
     * Every attempt of a learner at a challenge on a track.
     *
     * @param learnerId the learner
     * @param trackId the track
     * @param challengeId the challenge
     * @return the query
     */
    public static ChallengeAttemptQuery all(LearnerId learnerId, String trackId, String challengeId) {
        return new ChallengeAttemptQuery(learnerId, trackId, challengeId, Integer.MAX_VALUE);
    }

    /**
     * The most recent attempts of a learner at a challenge on a track.
     *
     * @param learnerId the learner
     * @param trackId the track
     * @param challengeId the challenge
     * @param limit at most this many
     * @return the query
     */
    public static ChallengeAttemptQuery recent(LearnerId learnerId, String trackId, String challengeId, int limit) {
        return new ChallengeAttemptQuery(learnerId, trackId, challengeId, limit);
    }
}

package dev.interviewcoach.api;

import java.util.Objects;

/**
 * Identifies one learner's state on one track.
 *
 * @param learnerId the learner
 * @param trackId the track
 * @since 0.1
 */
public record StateKey(LearnerId learnerId, String trackId) {
    /** Validates the components. */
    public StateKey {
        Objects.requireNonNull(learnerId, "learnerId");
        Require.nonBlank(trackId, "trackId");
    }

    /**
     * The key of a state.
     *
     * @param state the state
     * @return its key
     */
    public static StateKey of(LearnerState state) {
        return new StateKey(state.learnerId(), state.trackId());
    }
}

package dev.interviewcoach.api;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * Everything a store holds about one learner: every track state and every attempt, oldest first.
 *
 * @param learnerId the learner
 * @param states the learner's states, one per track
 * @param attempts all attempts in the order they were appended
 * @since 0.1
 */
public record LearnerExport(LearnerId learnerId, List<LearnerState> states, List<Attempt> attempts) {
    /**
     * Validates the components and copies the lists.
     *
     * @throws IllegalArgumentException when a state or an attempt belongs to another learner, or two
     *     states are for one track: importing such an export would file one learner's data under
     *     another's id, out of reach of the owner's delete
     */
    public LearnerExport {
        Objects.requireNonNull(learnerId, "learnerId");
        states = List.copyOf(states);
        attempts = List.copyOf(attempts);
        var tracks = new HashSet<String>();
        for (var state : states) {
            if (!state.learnerId().equals(learnerId)) {
                throw new IllegalArgumentException("the export of learner " + learnerId + " holds a state of learner "
                        + state.learnerId() + " (track " + state.trackId() + ")");
            }
            if (!tracks.add(state.trackId())) {
                throw new IllegalArgumentException("the export of learner " + learnerId + " holds two states for track "
                        + state.trackId());
            }
        }
        for (var attempt : attempts) {
            if (!attempt.learnerId().equals(learnerId)) {
                throw new IllegalArgumentException("the export of learner " + learnerId + " holds attempt "
                        + attempt.id() + " of learner " + attempt.learnerId());
            }
        }
    }
}

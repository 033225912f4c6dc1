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
     *     another's id, out of reach of the owner's delete; or when two attempts share an id, which no
     *     store can hold (one would be lost, or the import refused by the database)
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
        var ids = new HashSet<String>();
        for (int i = 0; i < attempts.size(); i++) {
            var attempt = attempts.get(i);
            if (!attempt.learnerId().equals(learnerId)) {
                throw new IllegalArgumentException("the export of learner " + learnerId + " holds attempt "
                        + attempt.id() + " of learner " + attempt.learnerId());
            }
            if (!ids.add(attempt.id())) {
                throw new IllegalArgumentException("the export of learner " + learnerId + " holds attempt id "
                        + attempt.id() + " twice (again at attempts[" + i + "]): every attempt has its own id");
            }
        }
    }
}

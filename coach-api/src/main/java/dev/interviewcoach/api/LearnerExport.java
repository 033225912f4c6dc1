package dev.interviewcoach.api;

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
    /** Validates the components and copies the lists. */
    public LearnerExport {
        Objects.requireNonNull(learnerId, "learnerId");
        states = List.copyOf(states);
        attempts = List.copyOf(attempts);
    }
}

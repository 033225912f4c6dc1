package dev.interviewcoach.spi;

import dev.interviewcoach.api.Attempt;
import dev.interviewcoach.api.LearnerState;
import java.util.List;
import java.util.Objects;

/**
 * One atomic write to a {@link MemoryStore}: a new learner state and the attempts that produced it.
 *
 * <p>The state's {@link LearnerState#storeVersion()} is the version the writer read; the store
 * saves only if that is still the stored version (0 for a learner never saved).
 *
 * @param state the new state, carrying the version it was derived from
 * @param attempts attempts to append, in order
 * @since 0.1
 */
public record StoreCommit(LearnerState state, List<Attempt> attempts) {
    /** Validates the components and copies the list. */
    public StoreCommit {
        Objects.requireNonNull(state, "state");
        attempts = List.copyOf(attempts);
        for (var a : attempts) {
            if (!a.learnerId().equals(state.learnerId())) {
                throw new IllegalArgumentException("attempt " + a.id() + " belongs to another learner");
            }
        }
    }

    /**
     * A commit of a state alone.
     *
     * @param state the state
     * @return the commit
     */
    public static StoreCommit of(LearnerState state) {
        return new StoreCommit(state, List.of());
    }
}

package dev.interviewcoach.spi;

import dev.interviewcoach.api.Attempt;
import dev.interviewcoach.api.LearnerExport;
import dev.interviewcoach.api.LearnerId;
import dev.interviewcoach.api.LearnerState;
import dev.interviewcoach.api.StateKey;
import java.util.List;
import java.util.Optional;

/**
 * Where the coach remembers learners: versioned states and an append-only attempt history.
 *
 * <p>Implementations must be thread-safe, must apply a {@link StoreCommit} atomically (the state and
 * its attempts are both written or neither is, even on a crash) and must reject a commit whose
 * expected version is stale with {@link dev.interviewcoach.api.VersionConflictException}. {@code
 * coach-tck}'s {@code MemoryStoreContract} checks all of that.
 *
 * @since 0.1
 */
public interface MemoryStore extends AutoCloseable {
    /**
     * Loads a learner's state on a track.
     *
     * @param key the learner and track
     * @return the stored state, or empty for a learner never saved on that track
     */
    Optional<LearnerState> load(StateKey key);

    /**
     * Saves a state and appends attempts atomically, if the stored version is the one the state
     * carries.
     *
     * @param commit the state and attempts
     * @return the saved state, whose store version is one more than the commit's
     * @throws dev.interviewcoach.api.VersionConflictException when another write came first
     * @throws dev.interviewcoach.api.StoreException when the store fails; nothing was written
     */
    LearnerState commit(StoreCommit commit);

    /**
     * Lists attempts, oldest first.
     *
     * @param query which attempts
     * @return the attempts
     */
    List<Attempt> attempts(AttemptQuery query);

    /**
     * Everything held about a learner, for export or a data-subject request.
     *
     * @param learnerId the learner
     * @return the export; empty lists for an unknown learner
     */
    LearnerExport export(LearnerId learnerId);

    /**
     * Deletes everything held about a learner.
     *
     * @param learnerId the learner
     * @return whether anything was deleted
     */
    boolean delete(LearnerId learnerId);

    /** Releases resources; the default does nothing. */
    @Override
    default void close() {}
}

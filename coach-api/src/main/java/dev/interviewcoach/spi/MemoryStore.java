package dev.interviewcoach.spi;

import dev.interviewcoach.api.Attempt;
import dev.interviewcoach.api.LearnerExport;
import dev.interviewcoach.api.LearnerId;
import dev.interviewcoach.api.LearnerState;
import dev.interviewcoach.api.StateKey;
import dev.interviewcoach.api.VersionConflictException;
import java.util.List;
import java.util.Optional;

/**
 * Where the coach remembers learners: versioned states and an append-only attempt history.
 *
 * <p>Implementations must be thread-safe (across every handle and process on one storage, not only
 * within one object), must apply a {@link StoreCommit} atomically (the state and its attempts are both
 * written or neither is, even on a crash) and must reject a commit whose expected version is stale
 * with {@link dev.interviewcoach.api.VersionConflictException}.
 *
 * <p>What the methods promise beyond their own descriptions: "oldest first" is the order attempts were
 * appended in (commit after commit, each commit's in its list's order), not the order of their
 * timestamps; a commit's attempts may be on other tracks than its state; attempt ids are the caller's
 * (the coach makes them unique) and a store need not check them; every list returned belongs to the
 * caller: a copy or an unmodifiable list, never the store's own; a closed store fails every call with
 * a {@link dev.interviewcoach.api.StoreException} that says so, and closing it again does nothing.
 *
 * <p>{@code coach-tck}'s {@code MemoryStoreContract} checks these promises, concurrent writers and
 * two handles on one storage included, all in one JVM. A store proves with tests of its own what the
 * kit cannot reach: that a commit or an import is all-or-nothing across a crash (kill the process
 * mid-write, or fail the second of its writes, and reopen), that handles in several processes lock
 * each other out, and that a delete leaves none of the learner's bytes in its files.
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
     * @throws dev.interviewcoach.api.StoreException when the store fails; nothing was written, except
     *     when the connection to a database server failed while it committed and the store could not
     *     read back which way it went: then the message says the outcome is unknown
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
     * Lists one page of a learner's attempts, oldest first, for paging through a long history.
     *
     * <p>The default reads the whole history and cuts the page out; database stores answer it with
     * the page alone.
     *
     * @param page which attempts
     * @return the attempts of the page, empty past the end
     */
    default List<Attempt> attempts(AttemptPage page) {
        var all = attempts(new AttemptQuery(page.learnerId(), page.trackId(), Integer.MAX_VALUE));
        int from = (int) Math.min(all.size(), page.offset());
        return List.copyOf(all.subList(from, (int) Math.min(all.size(), from + (long) page.limit())));
    }

    /**
     * Lists a learner's attempts at one challenge, oldest first: of the attempts {@link
     * #attempts(AttemptQuery)} lists for the learner on the query's track, exactly those whose
     * challenge id equals the query's, the most recent {@code limit} of them, in the order they were
     * appended. An unknown learner, track or challenge gives an empty list.
     *
     * <p>The default reads the learner's whole history on the track and keeps that challenge's
     * attempts, so every store answers it; a store with an index on the challenge (the JDBC stores
     * have one) reads only those attempts. {@code coach-tck}'s {@code MemoryStoreContract} checks the
     * answer either way.
     *
     * @param query which learner, track, challenge and how many
     * @return the attempts, oldest first
     * @since 0.1
     */
    default List<Attempt> attempts(ChallengeAttemptQuery query) {
        var all = attempts(AttemptQuery.all(query.learnerId(), query.trackId()));
        var matching = all.stream().filter(a -> a.challengeId().equals(query.challengeId())).toList();
        return List.copyOf(matching.subList(Math.max(0, matching.size() - query.limit()), matching.size()));
    }

    /**
     * Brings an exported learner into this store, which must hold nothing of that learner yet.
     *
     * <p>Every state is saved at store version 1 (versions belong to the store that assigns them);
     * every attempt is appended in the export's order. It writes all of the export or nothing: into a
     * store that holds anything of the learner it writes nothing and throws. The default checks first
     * ({@link #export}), then commits the first state with all attempts, then each further state; a
     * store that can write them in one transaction (the JDBC stores do) overrides it, so that a
     * concurrent writer of the same learner cannot leave half an import either.
     *
     * @param export a learner's export, e.g. read with coach-core's {@code LearnerCodec}
     * @throws dev.interviewcoach.api.VersionConflictException when the store already holds a state or an
     *     attempt of the learner; nothing is written
     * @throws IllegalArgumentException when the export has attempts but no state
     */
    default void importLearner(LearnerExport export) {
        if (export.states().isEmpty()) {
            if (!export.attempts().isEmpty()) {
                throw new IllegalArgumentException("an export with attempts must hold at least one state");
            }
            return;
        }
        var held = export(export.learnerId());
        if (!held.states().isEmpty()) {
            throw VersionConflictException.alreadyHeld(export.learnerId(),
                    "a state on track " + held.states().get(0).trackId());
        }
        if (!held.attempts().isEmpty()) {
            throw VersionConflictException.alreadyHeld(export.learnerId(),
                    held.attempts().size() + " attempt(s)");
        }
        var states = export.states();
        commit(new StoreCommit(states.get(0).withStoreVersion(0), export.attempts()));
        for (var state : states.subList(1, states.size())) {
            commit(StoreCommit.of(state.withStoreVersion(0)));
        }
    }

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

    /**
     * Releases resources. Afterwards every method must fail with a {@link
     * dev.interviewcoach.api.StoreException} saying the store is closed (the contract kit checks it),
     * and closing it again does nothing. The default does nothing at all: a store that holds resources
     * (or must refuse calls once closed) overrides it.
     */
    @Override
    default void close() {}
}

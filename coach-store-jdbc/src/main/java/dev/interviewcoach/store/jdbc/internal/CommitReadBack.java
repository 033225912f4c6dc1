package dev.interviewcoach.store.jdbc.internal;

import dev.interviewcoach.api.Attempt;
import dev.interviewcoach.api.LearnerState;
import dev.interviewcoach.api.StateKey;
import dev.interviewcoach.api.StoreException;
import dev.interviewcoach.spi.ChallengeAttemptQuery;
import dev.interviewcoach.spi.MemoryStore;
import dev.interviewcoach.spi.StoreCommit;
import java.util.Optional;

/**
 * What a commit did when the connection failed while the server committed it: the store reads the
 * learner back to tell a stored commit from one that was not written.
 */
final class CommitReadBack {
    /** How often, and how far apart, the store reads back a commit whose acknowledgement was lost. */
    static final int CONFIRM_TRIES = 3;
    static final long CONFIRM_PAUSE_MILLIS = 200;

    private CommitReadBack() {}

    /**
     * The outcome of a commit whose connection failed while the server committed, read back: the saved
     * state when it was stored (its state is there, or, when another session has committed since, its
     * first attempt is: the attempts go in the same transaction); a StoreException saying nothing was
     * written when it was not; the original exception, which says the outcome is unknown, when reading
     * back fails {@value #CONFIRM_TRIES} times or cannot tell (a commit without attempts overtaken by
     * another session).
     */
    static LearnerState confirmed(MemoryStore store, LearnerState saved, StoreCommit commit,
            UncertainCommitException failure) {
        for (int attempt = 1; ; attempt++) {
            Optional<Boolean> stored;
            try {
                stored = stored(store, saved, commit);
            } catch (StoreException unreadable) {
                if (attempt < CONFIRM_TRIES) {
                    pause();
                    continue;
                }
                failure.addSuppressed(unreadable);
                throw failure;
            }
            if (stored.isEmpty()) {
                throw failure;
            }
            if (stored.get()) {
                return saved;
            }
            throw new StoreException(failure.getMessage() + "; read back afterwards, it was not: nothing was written",
                    failure.getCause());
        }
    }

    /** Whether a commit is stored, as far as the store can tell now: empty when it cannot. */
    private static Optional<Boolean> stored(MemoryStore store, LearnerState saved, StoreCommit commit) {
        var state = store.load(new StateKey(saved.learnerId(), saved.trackId()));
        if (state.filter(saved::equals).isPresent()) {
            return Optional.of(true);
        }
        long version = state.map(LearnerState::storeVersion).orElse(0L);
        if (version < saved.storeVersion()) {
            return Optional.of(false);
        }
        if (commit.attempts().isEmpty()) {
            return Optional.empty();
        }
        Attempt first = commit.attempts().get(0);
        return Optional.of(store.attempts(ChallengeAttemptQuery.all(first.learnerId(), first.trackId(), first.challengeId())).stream().anyMatch(a -> a.id().equals(first.id())));
    }

    private static void pause() {
        try {
            Thread.sleep(CONFIRM_PAUSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

}

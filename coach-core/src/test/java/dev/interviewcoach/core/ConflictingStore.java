package dev.interviewcoach.core;

import dev.interviewcoach.api.LearnerState;
import dev.interviewcoach.api.StateKey;
import dev.interviewcoach.api.VersionConflictException;
import dev.interviewcoach.spi.StoreCommit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A store that loses commits on purpose: each of the next {@code conflicts} commits first lets
 * "another session" write the learner (bumping the stored version), so the commit sees a conflict.
 */
final class ConflictingStore extends ForwardingStore {
    final AtomicInteger conflictsLeft = new AtomicInteger();
    final AtomicInteger commits = new AtomicInteger();

    @Override
    public LearnerState commit(StoreCommit commit) {
        commits.incrementAndGet();
        if (conflictsLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            var key = StateKey.of(commit.state());
            long stored = inner.load(key).map(LearnerState::storeVersion).orElse(0L);
            // another session saves the learner unchanged, so the stored version moves on
            inner.commit(StoreCommit.of(inner.load(key).orElse(commit.state().withStoreVersion(0))));
            throw new VersionConflictException(key.learnerId(), commit.state().storeVersion(), stored + 1);
        }
        return inner.commit(commit);
    }
}

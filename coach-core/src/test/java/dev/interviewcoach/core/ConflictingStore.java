package dev.interviewcoach.core;

import dev.interviewcoach.api.Attempt;
import dev.interviewcoach.api.LearnerExport;
import dev.interviewcoach.api.LearnerId;
import dev.interviewcoach.api.LearnerState;
import dev.interviewcoach.api.StateKey;
import dev.interviewcoach.api.VersionConflictException;
import dev.interviewcoach.spi.AttemptQuery;
import dev.interviewcoach.spi.MemoryStore;
import dev.interviewcoach.spi.StoreCommit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A store that loses commits on purpose: each of the next {@code conflicts} commits first lets
 * "another session" write the learner (bumping the stored version), so the commit sees a conflict.
 */
final class ConflictingStore implements MemoryStore {
    private final MemoryStore inner = MemoryStores.inMemory();
    final AtomicInteger conflictsLeft = new AtomicInteger();
    final AtomicInteger commits = new AtomicInteger();

    @Override
    public Optional<LearnerState> load(StateKey key) {
        return inner.load(key);
    }

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

    @Override
    public List<Attempt> attempts(AttemptQuery query) {
        return inner.attempts(query);
    }

    @Override
    public LearnerExport export(LearnerId learnerId) {
        return inner.export(learnerId);
    }

    @Override
    public boolean delete(LearnerId learnerId) {
        return inner.delete(learnerId);
    }
}

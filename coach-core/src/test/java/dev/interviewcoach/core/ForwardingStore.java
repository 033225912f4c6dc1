package dev.interviewcoach.core;

import dev.interviewcoach.api.Attempt;
import dev.interviewcoach.api.LearnerExport;
import dev.interviewcoach.api.LearnerId;
import dev.interviewcoach.api.LearnerState;
import dev.interviewcoach.api.StateKey;
import dev.interviewcoach.spi.AttemptPage;
import dev.interviewcoach.spi.AttemptQuery;
import dev.interviewcoach.spi.ChallengeAttemptQuery;
import dev.interviewcoach.spi.MemoryStore;
import dev.interviewcoach.spi.StoreCommit;
import java.util.List;
import java.util.Optional;

/** A store that hands every call to an in-memory one; tests override what they count or break. */
abstract class ForwardingStore implements MemoryStore {
    final MemoryStore inner = MemoryStores.inMemory();

    @Override
    public Optional<LearnerState> load(StateKey key) {
        return inner.load(key);
    }

    @Override
    public LearnerState commit(StoreCommit commit) {
        return inner.commit(commit);
    }

    @Override
    public List<Attempt> attempts(AttemptQuery query) {
        return inner.attempts(query);
    }

    @Override
    public List<Attempt> attempts(AttemptPage page) {
        return inner.attempts(page);
    }

    @Override
    public List<Attempt> attempts(ChallengeAttemptQuery query) {
        return inner.attempts(query);
    }

    @Override
    public void importLearner(LearnerExport export) {
        inner.importLearner(export);
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

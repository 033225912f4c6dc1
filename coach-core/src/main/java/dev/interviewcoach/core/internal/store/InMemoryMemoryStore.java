package dev.interviewcoach.core.internal.store;

import dev.interviewcoach.api.Attempt;
import dev.interviewcoach.api.LearnerExport;
import dev.interviewcoach.api.LearnerId;
import dev.interviewcoach.api.LearnerState;
import dev.interviewcoach.api.StateKey;
import dev.interviewcoach.api.StoreException;
import dev.interviewcoach.api.VersionConflictException;
import dev.interviewcoach.spi.AttemptQuery;
import dev.interviewcoach.spi.ChallengeAttemptQuery;
import dev.interviewcoach.spi.MemoryStore;
import dev.interviewcoach.spi.StoreCommit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A thread-safe store in memory: for tests, demos and short-lived hosts. Attempts are kept per
 * learner and, indexed again, per learner and track and per learner and challenge, so reading the
 * most recent ones, or those at one challenge, costs the same however long the history is.
 */
public final class InMemoryMemoryStore implements MemoryStore {
    private final Map<StateKey, LearnerState> states = new HashMap<>();
    private final Map<LearnerId, List<Attempt>> attempts = new HashMap<>();
    private final Map<StateKey, List<Attempt>> attemptsByTrack = new HashMap<>();
    private final Map<ChallengeKey, List<Attempt>> attemptsByChallenge = new HashMap<>();
    private boolean closed;

    private void checkOpen() {
        if (closed) {
            throw new StoreException("the in-memory store is closed");
        }
    }

    @Override
    public synchronized Optional<LearnerState> load(StateKey key) {
        checkOpen();
        return Optional.ofNullable(states.get(key));
    }

    @Override
    public synchronized LearnerState commit(StoreCommit commit) {
        checkOpen();
        var key = StateKey.of(commit.state());
        long stored = Optional.ofNullable(states.get(key)).map(LearnerState::storeVersion).orElse(0L);
        if (stored != commit.state().storeVersion()) {
            throw new VersionConflictException(key.learnerId(), commit.state().storeVersion(), stored);
        }
        var saved = commit.state().withStoreVersion(stored + 1);
        states.put(key, saved);
        if (!commit.attempts().isEmpty()) {
            attempts.computeIfAbsent(key.learnerId(), k -> new ArrayList<>()).addAll(commit.attempts());
            for (var a : commit.attempts()) {
                attemptsByTrack.computeIfAbsent(new StateKey(a.learnerId(), a.trackId()), k -> new ArrayList<>()).add(a);
                attemptsByChallenge.computeIfAbsent(new ChallengeKey(a.learnerId(), a.challengeId()),
                        k -> new ArrayList<>()).add(a);
            }
        }
        return saved;
    }

    @Override
    public synchronized List<Attempt> attempts(AttemptQuery query) {
        checkOpen();
        var matching = query.trackId()
                .map(track -> attemptsByTrack.getOrDefault(new StateKey(query.learnerId(), track), List.of()))
                .orElseGet(() -> attempts.getOrDefault(query.learnerId(), List.of()));
        int from = Math.max(0, matching.size() - query.limit());
        return List.copyOf(matching.subList(from, matching.size()));
    }

    @Override
    public synchronized List<Attempt> attempts(ChallengeAttemptQuery query) {
        checkOpen();
        var atChallenge = attemptsByChallenge.getOrDefault(new ChallengeKey(query.learnerId(), query.challengeId()),
                List.of());
        var found = new ArrayList<Attempt>();
        for (int i = atChallenge.size() - 1; i >= 0 && found.size() < query.limit(); i--) {
            var a = atChallenge.get(i);
            if (a.trackId().equals(query.trackId())) {
                found.add(a);
            }
        }
        Collections.reverse(found);
        return List.copyOf(found);
    }

    @Override
    public synchronized LearnerExport export(LearnerId learnerId) {
        checkOpen();
        var own = states.values().stream().filter(s -> s.learnerId().equals(learnerId)).toList();
        return new LearnerExport(learnerId, own, List.copyOf(attempts.getOrDefault(learnerId, List.of())));
    }

    @Override
    public synchronized boolean delete(LearnerId learnerId) {
        checkOpen();
        boolean removed = states.keySet().removeIf(k -> k.learnerId().equals(learnerId));
        attemptsByTrack.keySet().removeIf(k -> k.learnerId().equals(learnerId));
        attemptsByChallenge.keySet().removeIf(k -> k.learnerId().equals(learnerId));
        return attempts.remove(learnerId) != null || removed;
    }

    /** Forgets everything; later calls fail with a {@link StoreException}. */
    @Override
    public synchronized void close() {
        closed = true;
        states.clear();
        attempts.clear();
        attemptsByTrack.clear();
        attemptsByChallenge.clear();
    }

    private record ChallengeKey(LearnerId learnerId, String challengeId) {}
}

package dev.interviewcoach.tck;

import dev.interviewcoach.api.Attempt;
import dev.interviewcoach.api.LearnerExport;
import dev.interviewcoach.api.LearnerId;
import dev.interviewcoach.api.LearnerState;
import dev.interviewcoach.api.StateKey;
import dev.interviewcoach.api.StoreException;
import dev.interviewcoach.api.VersionConflictException;
import dev.interviewcoach.spi.AttemptQuery;
import dev.interviewcoach.spi.MemoryStore;
import dev.interviewcoach.spi.StoreCommit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A store over a {@link Storage} that outlives it, so the kit can reopen it, with switches that
 * break it in the ways the kit must catch.
 */
class ReferenceStore implements MemoryStore {
    /** What the store keeps; survives closing a store. */
    static final class Storage {
        final Map<StateKey, LearnerState> states = new HashMap<>();
        final Map<LearnerId, List<Attempt>> attempts = new HashMap<>();
    }

    /**
     * How the store is broken; {@link #NONE} for a correct store.
     *
     * @param onAttempt what happens to an attempt on its way in
     * @param onState what happens to a state on its way in
     * @param keepLast how many attempts per learner are kept
     * @param checkVersions whether stale commits are rejected
     * @param atomic whether commits are serialised
     * @param exactIds whether export and delete match learner ids exactly (else by prefix)
     * @param pauseWhenRacy whether a commit that is not serialised pauses between check and write
     */
    record Flaws(UnaryOperator<Attempt> onAttempt, UnaryOperator<LearnerState> onState, int keepLast,
            boolean checkVersions, boolean atomic, boolean exactIds, boolean pauseWhenRacy) {
        static final Flaws NONE = new Flaws(a -> a, s -> s, Integer.MAX_VALUE, true, true, true, true);

        Flaws withAttempts(UnaryOperator<Attempt> f) {
            return new Flaws(f, onState, keepLast, checkVersions, atomic, exactIds, pauseWhenRacy);
        }

        Flaws withStates(UnaryOperator<LearnerState> f) {
            return new Flaws(onAttempt, f, keepLast, checkVersions, atomic, exactIds, pauseWhenRacy);
        }

        Flaws keepingLast(int n) {
            return new Flaws(onAttempt, onState, n, checkVersions, atomic, exactIds, pauseWhenRacy);
        }

        Flaws ignoringVersions() {
            return new Flaws(onAttempt, onState, keepLast, false, atomic, exactIds, pauseWhenRacy);
        }

        Flaws racy() {
            return new Flaws(onAttempt, onState, keepLast, checkVersions, false, exactIds, pauseWhenRacy);
        }

        /** Racy, with nothing between its check of the version and its write. */
        Flaws racyWithoutPause() {
            return new Flaws(onAttempt, onState, keepLast, checkVersions, false, exactIds, false);
        }

        Flaws matchingIdsByPrefix() {
            return new Flaws(onAttempt, onState, keepLast, checkVersions, atomic, false, pauseWhenRacy);
        }

        boolean same(LearnerId asked, LearnerId held) {
            return exactIds ? held.equals(asked) : held.value().startsWith(asked.value());
        }
    }

    private final Storage storage;
    private final Flaws flaws;
    private volatile boolean closed;

    ReferenceStore(Storage storage, Flaws flaws) {
        this.storage = storage;
        this.flaws = flaws;
    }

    private void checkOpen() {
        if (closed) {
            throw new StoreException("the reference store is closed");
        }
    }

    @Override
    public Optional<LearnerState> load(StateKey key) {
        synchronized (storage) {
            checkOpen();
            return Optional.ofNullable(storage.states.get(key));
        }
    }

    @Override
    public LearnerState commit(StoreCommit commit) {
        if (flaws.atomic()) {
            synchronized (storage) {
                return unsafeCommit(commit);
            }
        }
        return unsafeCommit(commit);
    }

    private LearnerState unsafeCommit(StoreCommit commit) {
        checkOpen();
        var key = StateKey.of(commit.state());
        long stored = Optional.ofNullable(storage.states.get(key)).map(LearnerState::storeVersion).orElse(0L);
        if (flaws.checkVersions() && stored != commit.state().storeVersion()) {
            throw new VersionConflictException(key.learnerId(), commit.state().storeVersion(), stored);
        }
        if (!flaws.atomic() && flaws.pauseWhenRacy()) {
            pause();
        }
        var saved = commit.state().withStoreVersion(stored + 1);
        storage.states.put(key, flaws.onState().apply(saved));
        var list = storage.attempts.computeIfAbsent(key.learnerId(), k -> new ArrayList<>());
        commit.attempts().forEach(a -> list.add(flaws.onAttempt().apply(a)));
        while (list.size() > flaws.keepLast()) {
            list.remove(0);
        }
        return saved;
    }

    private static void pause() {
        try {
            Thread.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public List<Attempt> attempts(AttemptQuery query) {
        synchronized (storage) {
            checkOpen();
            var matching = storage.attempts.getOrDefault(query.learnerId(), List.of()).stream()
                    .filter(a -> query.trackId().map(a.trackId()::equals).orElse(true))
                    .toList();
            int from = Math.max(0, matching.size() - query.limit());
            return List.copyOf(matching.subList(from, matching.size()));
        }
    }

    @Override
    public LearnerExport export(LearnerId learnerId) {
        synchronized (storage) {
            checkOpen();
            var own = storage.states.values().stream().filter(s -> flaws.same(learnerId, s.learnerId())).toList();
            var attempts = storage.attempts.entrySet().stream().filter(e -> flaws.same(learnerId, e.getKey()))
                    .flatMap(e -> e.getValue().stream()).toList();
            return new LearnerExport(learnerId, own, attempts);
        }
    }

    @Override
    public boolean delete(LearnerId learnerId) {
        synchronized (storage) {
            checkOpen();
            boolean removed = storage.states.keySet().removeIf(k -> flaws.same(learnerId, k.learnerId()));
            return storage.attempts.keySet().removeIf(k -> flaws.same(learnerId, k)) || removed;
        }
    }

    @Override
    public void close() {
        closed = true;
    }
}

package dev.interviewcoach.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.api.Attempt;
import dev.interviewcoach.api.ChallengeLevel;
import dev.interviewcoach.api.LearnerId;
import dev.interviewcoach.api.LearnerState;
import dev.interviewcoach.api.Mastery;
import dev.interviewcoach.api.MasteryStatus;
import dev.interviewcoach.api.StateKey;
import dev.interviewcoach.api.VersionConflictException;
import dev.interviewcoach.spi.AttemptQuery;
import dev.interviewcoach.spi.MemoryStore;
import dev.interviewcoach.spi.StoreCommit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The store's life cycle in the kit (a fresh store per test, extra handles, closing them) and the
 * check that concurrent writers lose nothing. Extend {@link MemoryStoreContract}, which inherits it.
 *
 * @since 0.1
 */
public abstract class MemoryStoreConcurrencyContract {
    /** For subclasses. */
    protected MemoryStoreConcurrencyContract() {}

    /** The store under test, fresh for each test. */
    protected MemoryStore store;

    private final List<MemoryStore> handles = new ArrayList<>();

    /**
     * Creates a new, empty store with storage of its own; called before each test and again by tests
     * that need a second, empty store.
     *
     * @return the store
     */
    protected abstract MemoryStore createStore();

    /**
     * Opens another handle on the storage of the store {@link #createStore()} returned last: after
     * that store is closed (everything must come back) or while it is open (both handles must see one
     * another's writes). The default, for stores that keep nothing beyond their own life, is empty.
     *
     * @return the new handle, or empty when the store is not persistent
     */
    protected Optional<MemoryStore> reopen() {
        return Optional.empty();
    }

    /** Creates the store. */
    @BeforeEach
    void createStoreUnderTest() {
        store = open(createStore());
    }

    /**
     * Closes every handle the test opened; runs after each test, and subclasses may call it earlier
     * (e.g. before dropping a test database).
     *
     * @throws Exception when a store fails to close
     */
    @AfterEach
    protected final void closeStores() throws Exception {
        for (var handle : handles) {
            handle.close();
        }
        handles.clear();
    }

    /**
     * Registers a store to be closed after the test.
     *
     * @param handle the store
     * @return the same store
     */
    protected final MemoryStore open(MemoryStore handle) {
        handles.add(handle);
        return handle;
    }

    /**
     * Another handle on the current storage, closed after the test.
     *
     * @return the handle, or empty when the store is not persistent
     */
    protected final Optional<MemoryStore> reopenIfPersistent() {
        return reopen().map(this::open);
    }

    /**
     * Whether the store keeps its learners beyond its own life. The handle {@link #reopen()} gives to
     * find out is closed at once: a check that keeps it open would keep the storage alive through a
     * later close and reopen, and a store that loses everything when its last handle closes would pass.
     *
     * @return true when {@link #reopen()} gives a handle
     */
    protected final boolean persistent() {
        var probe = reopen();
        if (probe.isEmpty()) {
            return false;
        }
        try {
            probe.get().close();
        } catch (Exception e) {
            throw new AssertionError("a handle from reopen() failed to close", e);
        }
        return true;
    }

    /**
     * A state with one of everything, never saved (see {@link StoreFixtures#richState}).
     *
     * @param learner the learner
     * @param track the track
     * @return the state
     */
    protected static LearnerState richState(LearnerId learner, String track) {
        return StoreFixtures.richState(learner, track);
    }

    /**
     * An attempt with a simple grade (see {@link StoreFixtures#attempt}).
     *
     * @param id the attempt id
     * @param learner the learner
     * @param track the track
     * @param text the answer text
     * @return the attempt
     */
    protected static Attempt attempt(String id, LearnerId learner, String track, String text) {
        return StoreFixtures.attempt(id, learner, track, text);
    }

    @Test
    void concurrentWritersThatRetryOnConflictLoseNothing() throws Exception {
        var learner = LearnerId.of("ada");
        store.commit(StoreCommit.of(LearnerState.initial(learner, "backend", StoreFixtures.T0)));
        // on a persistent store, half the writers go through a second handle on the same storage
        MemoryStore second = reopenIfPersistent().orElse(store);
        int writers = 4;
        int perWriter = 10;
        runWriters(writers, second, () -> { }, (writer, handle) -> {
            for (int i = 0; i < perWriter; i++) {
                appendWithRetry(handle, learner, attempt("w" + writer + "-" + i, learner, "backend", "answer " + i));
            }
        });
        var finalState = store.load(new StateKey(learner, "backend")).orElseThrow();
        assertThat(finalState.storeVersion()).as("the store version after %d commits of %d writers, each retried on a "
                + "version conflict: lower means commits were lost", writers * perWriter, writers)
                .isEqualTo(1 + writers * perWriter);
        assertThat(finalState.mastery().get(0).recentAttemptIds()).as("the attempt ids recorded in the final state, one "
                + "per commit: fewer means a commit overwrote another's state").hasSize(writers * perWriter)
                .doesNotHaveDuplicates();
        assertThat(store.attempts(AttemptQuery.all(learner))).extracting(Attempt::id)
                .containsExactlyInAnyOrderElementsOf(finalState.mastery().get(0).recentAttemptIds());
    }

    /**
     * Writers in lockstep: each round every writer reads the same state, all commit at once (released
     * together from a spin, not a lock, so they start within a fraction of a microsecond), and exactly
     * one may win; a store that checks the version and writes without holding a lock in between lets
     * two win, and one update is lost. Rounds go on for up to {@value #LOCKSTEP_MILLIS} ms (at most
     * {@value #LOCKSTEP_ROUNDS}), so even a narrow window in a fast store is met.
     */
    @Test
    void writersCommittingTheSameVersionAtOnceHaveExactlyOneWinnerEachRound() throws Exception {
        var learner = LearnerId.of("lockstep");
        store.commit(StoreCommit.of(LearnerState.initial(learner, "backend", StoreFixtures.T0)));
        MemoryStore second = reopenIfPersistent().orElse(store);
        int writers = Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors()));
        var ready = new AtomicInteger();
        var done = new AtomicInteger();
        var go = new AtomicInteger(-1);
        var stop = new AtomicBoolean();
        long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(LOCKSTEP_MILLIS);
        var winners = new ConcurrentHashMap<Integer, List<String>>();
        runWriters(writers, second, () -> stop.set(true), (writer, handle) -> {
            for (int r = 0; r < LOCKSTEP_ROUNDS && !stop.get(); r++) {
                int round = r;
                var current = handle.load(new StateKey(learner, "backend")).orElseThrow();
                String id = "r" + round + "-w" + writer;
                var next = withAttempt(current, learner, id);
                ready.incrementAndGet();
                if (writer == 0) {
                    spinUntil(() -> ready.get() >= writers * (go.get() + 2) || stop.get(), until);
                    go.set(round);
                } else {
                    spinUntil(() -> go.get() >= round || stop.get(), until);
                }
                if (stop.get()) {
                    return;
                }
                try {
                    handle.commit(new StoreCommit(next, List.of(attempt(id, learner, "backend", "x"))));
                    winners.computeIfAbsent(round, k -> Collections.synchronizedList(new ArrayList<>())).add(id);
                } catch (VersionConflictException e) {
                    // another writer of this round came first, as all but one must
                }
                done.incrementAndGet();
                // the next round reads only once every commit of this one is over
                int all = writers * (round + 1);
                spinUntil(() -> done.get() >= all || stop.get(), until);
                if (writer == 0 && System.nanoTime() > until) {
                    stop.set(true);
                }
            }
        });
        var twice = winners.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .map(e -> "round " + e.getKey() + ": " + e.getValue()).toList();
        assertThat(twice).as("rounds (of %d) where more than one of %d writers of one version won: the store checks "
                + "the version and writes without a lock between, so updates are lost", winners.size(), writers).isEmpty();
        var finalState = store.load(new StateKey(learner, "backend")).orElseThrow();
        var won = winners.values().stream().flatMap(List::stream).toList();
        assertThat(finalState.storeVersion()).as("store version after %d winning commits", won.size())
                .isEqualTo(1 + won.size());
        assertThat(finalState.mastery().get(0).recentAttemptIds()).containsExactlyInAnyOrderElementsOf(won);
    }

    /** One writer's work: its number and the handle it writes through. */
    @FunctionalInterface
    private interface Writer {
        void write(int writer, MemoryStore handle) throws Exception;
    }

    /**
     * Runs writers on threads of their own, released together, half of them through the second handle
     * on a persistent store, and checks that all finished without an error.
     *
     * @param onFailure what a writer's error does besides being recorded, e.g. stop the others
     */
    private void runWriters(int writers, MemoryStore second, Runnable onFailure, Writer body) throws Exception {
        var pool = Executors.newFixedThreadPool(writers);
        var start = new CountDownLatch(1);
        var failures = new ConcurrentLinkedQueue<Throwable>();
        try {
            for (int w = 0; w < writers; w++) {
                int writer = w;
                MemoryStore handle = w % 2 == 0 ? store : second;
                pool.execute(() -> {
                    try {
                        start.await();
                        body.write(writer, handle);
                    } catch (Throwable t) {
                        failures.add(t);
                        onFailure.run();
                    }
                });
            }
            start.countDown();
            pool.shutdown();
            assertThat(pool.awaitTermination(120, TimeUnit.SECONDS)).as("writers finished within 120 s; if not, "
                    + "they are most likely retrying version conflicts without end: a load that returns a version "
                    + "older than the one stored (a cache another handle's commit does not reach) makes every retry "
                    + "conflict again").isTrue();
        } finally {
            pool.shutdownNow();
        }
        assertThat(failures).isEmpty();
    }

    /** Spins until the condition holds; past the deadline by a minute, gives up with an error. */
    private static void spinUntil(BooleanSupplier condition, long deadline) {
        long giveUp = deadline + TimeUnit.MINUTES.toNanos(1);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > giveUp) {
                throw new AssertionError("a writer of the lockstep test never came");
            }
            Thread.onSpinWait();
        }
    }

    /** How long the lockstep test goes on at most, in milliseconds. */
    static final int LOCKSTEP_MILLIS = 1500;
    /** How many rounds the lockstep test runs at most. */
    static final int LOCKSTEP_ROUNDS = 2000;

    private static LearnerState withAttempt(LearnerState current, LearnerId learner, String attemptId) {
        var ids = new ArrayList<>(current.mastery().isEmpty() ? List.<String>of() : current.mastery().get(0).recentAttemptIds());
        ids.add(attemptId);
        return new LearnerState(learner, "backend", current.schemaVersion(), current.storeVersion(), current.profile(),
                List.of(new Mastery("http", ChallengeLevel.DEFINE, 0.5, ids.size(), MasteryStatus.TENTATIVE, ids)),
                List.of(), List.of(), List.of(), StoreFixtures.T0);
    }

    private static void appendWithRetry(MemoryStore handle, LearnerId learner, Attempt attempt) {
        while (true) {
            var next = withAttempt(handle.load(new StateKey(learner, "backend")).orElseThrow(), learner, attempt.id());
            try {
                handle.commit(new StoreCommit(next, List.of(attempt)));
                return;
            } catch (VersionConflictException e) {
                // another writer came first: read again and retry
            }
        }
    }
}

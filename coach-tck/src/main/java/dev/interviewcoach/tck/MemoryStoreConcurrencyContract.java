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
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
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
     * Whether the store keeps its learners beyond its own life.
     *
     * @return true when {@link #reopen()} gives a handle
     */
    protected final boolean persistent() {
        return reopenIfPersistent().isPresent();
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
                        for (int i = 0; i < perWriter; i++) {
                            appendWithRetry(handle, learner, attempt("w" + writer + "-" + i, learner, "backend", "answer " + i));
                        }
                    } catch (Throwable t) {
                        failures.add(t);
                    }
                });
            }
            start.countDown();
            pool.shutdown();
            assertThat(pool.awaitTermination(120, TimeUnit.SECONDS)).as("writers finished").isTrue();
        } finally {
            pool.shutdownNow();
        }
        assertThat(failures).isEmpty();
        var finalState = store.load(new StateKey(learner, "backend")).orElseThrow();
        assertThat(finalState.storeVersion()).isEqualTo(1 + writers * perWriter);
        assertThat(finalState.mastery().get(0).recentAttemptIds()).hasSize(writers * perWriter).doesNotHaveDuplicates();
        assertThat(store.attempts(AttemptQuery.all(learner))).extracting(Attempt::id)
                .containsExactlyInAnyOrderElementsOf(finalState.mastery().get(0).recentAttemptIds());
    }

    private static void appendWithRetry(MemoryStore handle, LearnerId learner, Attempt attempt) {
        while (true) {
            var current = handle.load(new StateKey(learner, "backend")).orElseThrow();
            var ids = new ArrayList<>(current.mastery().isEmpty() ? List.<String>of()
                    : current.mastery().get(0).recentAttemptIds());
            ids.add(attempt.id());
            var next = new LearnerState(learner, "backend", current.schemaVersion(), current.storeVersion(),
                    current.profile(), List.of(new Mastery("http", ChallengeLevel.DEFINE, 0.5, ids.size(),
                            MasteryStatus.TENTATIVE, ids)), List.of(), List.of(), List.of(), StoreFixtures.T0);
            try {
                handle.commit(new StoreCommit(next, List.of(attempt)));
                return;
            } catch (VersionConflictException e) {
                // another writer came first: read again and retry
            }
        }
    }
}

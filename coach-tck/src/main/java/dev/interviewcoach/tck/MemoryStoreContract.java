package dev.interviewcoach.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interviewcoach.api.Answer;
import dev.interviewcoach.api.Attempt;
import dev.interviewcoach.api.ChallengeLevel;
import dev.interviewcoach.api.Grade;
import dev.interviewcoach.api.LearnerId;
import dev.interviewcoach.api.LearnerProfile;
import dev.interviewcoach.api.LearnerState;
import dev.interviewcoach.api.Mastery;
import dev.interviewcoach.api.MasteryStatus;
import dev.interviewcoach.api.MisconceptionRecord;
import dev.interviewcoach.api.MisconceptionStatus;
import dev.interviewcoach.api.Placement;
import dev.interviewcoach.api.ReviewCard;
import dev.interviewcoach.api.StateKey;
import dev.interviewcoach.api.StepReason;
import dev.interviewcoach.api.VersionConflictException;
import dev.interviewcoach.spi.AttemptQuery;
import dev.interviewcoach.spi.MemoryStore;
import dev.interviewcoach.spi.StoreCommit;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link MemoryStore} must meet. Extend it and supply a fresh, empty store:
 *
 * <pre>{@code
 * class MyStoreTests extends MemoryStoreContract {
 *     protected MemoryStore createStore() { return new MyStore(...); }
 * }
 * }</pre>
 *
 * @since 0.1
 */
public abstract class MemoryStoreContract {
    /** For subclasses. */
    protected MemoryStoreContract() {}

    private static final Instant T0 = Instant.parse("2026-01-05T10:00:00Z");
    /** The store under test, fresh for each test. */
    protected MemoryStore store;

    /**
     * Creates a new, empty store; called before each test.
     *
     * @return the store
     */
    protected abstract MemoryStore createStore();

    /** Creates the store. */
    @BeforeEach
    void createStoreUnderTest() {
        store = createStore();
    }

    /** Closes the store. */
    @AfterEach
    void closeStore() throws Exception {
        store.close();
    }

    /**
     * A state with one of everything, so a round trip checks every field.
     *
     * @param learner the learner
     * @param track the track
     * @return the state, never saved
     */
    protected static LearnerState richState(LearnerId learner, String track) {
        var profile = new LearnerProfile(Optional.of("junior backend developer"), List.of("java", "postgresql"),
                Optional.of(LocalDate.parse("2026-02-01")), Map.of("language", "en"));
        return new LearnerState(learner, track, LearnerState.CURRENT_SCHEMA_VERSION, 0, profile,
                List.of(new Mastery("http", ChallengeLevel.DEFINE, 0.72, 3, MasteryStatus.TENTATIVE, List.of("a1", "a2"))),
                List.of(new MisconceptionRecord("http.define.idempotency", "same-response", "http.idempotency",
                        MisconceptionStatus.CONFIRMED, 2, 0, List.of("a1", "a2"))),
                List.of(new ReviewCard("http", ChallengeLevel.DEFINE, 3.17, 5.28, LocalDate.parse("2026-01-05"),
                        LocalDate.parse("2026-01-08"), 2, 0)),
                List.of(new Placement("http", Optional.of(ChallengeLevel.TRADEOFFS), 0.81, List.of("a1"))),
                T0);
    }

    /**
     * An attempt with a full grade.
     *
     * @param id the attempt id
     * @param learner the learner
     * @param track the track
     * @param text the answer text
     * @return the attempt
     */
    protected static Attempt attempt(String id, LearnerId learner, String track, String text) {
        var grade = Grade.ok(0.5, List.of(), List.of(), List.of(), "half right", "tck", "1");
        return new Attempt(id, learner, track, "http.define.idempotency", "http", ChallengeLevel.DEFINE,
                StepReason.PRACTICE, new Answer(text, Duration.ofSeconds(42), 1), grade, T0.plusSeconds(id.hashCode() & 0xff));
    }

    @Test
    void anUnknownLearnerHasNoState() {
        assertThat(store.load(new StateKey(LearnerId.of("nobody"), "backend"))).isEmpty();
        assertThat(store.attempts(AttemptQuery.all(LearnerId.of("nobody")))).isEmpty();
    }

    @Test
    void aSavedStateLoadsBackEqualWithTheNextVersion() {
        var learner = LearnerId.of("ada");
        var state = richState(learner, "backend");
        LearnerState saved = store.commit(StoreCommit.of(state));
        assertThat(saved.storeVersion()).isEqualTo(1);
        assertThat(store.load(StateKey.of(state))).contains(state.withStoreVersion(1));
    }

    @Test
    void aCommitThatExpectsAStaleVersionIsRejectedAndChangesNothing() {
        var learner = LearnerId.of("ada");
        var v1 = store.commit(StoreCommit.of(richState(learner, "backend")));
        var v2 = store.commit(StoreCommit.of(v1));
        assertThat(v2.storeVersion()).isEqualTo(2);
        var stale = new StoreCommit(v1, List.of(attempt("late", learner, "backend", "late answer")));
        assertThatThrownBy(() -> store.commit(stale)).isInstanceOf(VersionConflictException.class);
        assertThat(store.load(StateKey.of(v1)).orElseThrow().storeVersion()).isEqualTo(2);
        assertThat(store.attempts(AttemptQuery.all(learner))).isEmpty();
    }

    @Test
    void aFirstSaveMustExpectVersionZero() {
        var state = richState(LearnerId.of("ada"), "backend").withStoreVersion(3);
        assertThatThrownBy(() -> store.commit(StoreCommit.of(state))).isInstanceOf(VersionConflictException.class);
    }

    @Test
    void attemptsAreKeptInTheOrderTheyWereAppendedWithTheirFullContent() {
        var learner = LearnerId.of("ada");
        var state = richState(learner, "backend");
        var first = attempt("a1", learner, "backend", "first ✓ answer");
        var second = attempt("a2", learner, "backend", "second\nanswer with 'quotes' and \u0000 nul");
        var third = attempt("a3", learner, "backend", "");
        state = store.commit(new StoreCommit(state, List.of(first, second)));
        store.commit(new StoreCommit(state, List.of(third)));
        assertThat(store.attempts(AttemptQuery.all(learner))).containsExactly(first, second, third);
        assertThat(store.attempts(AttemptQuery.recent(learner, "backend", 2))).containsExactly(second, third);
    }

    @Test
    void statesOfDifferentTracksAndLearnersAreSeparate() {
        var ada = LearnerId.of("ada");
        var bob = LearnerId.of("bob");
        store.commit(new StoreCommit(richState(ada, "backend"), List.of(attempt("a1", ada, "backend", "x"))));
        store.commit(new StoreCommit(richState(ada, "backend-go"), List.of(attempt("a2", ada, "backend-go", "y"))));
        store.commit(StoreCommit.of(richState(bob, "backend")));
        assertThat(store.load(new StateKey(ada, "backend-go")).orElseThrow().trackId()).isEqualTo("backend-go");
        assertThat(store.attempts(AttemptQuery.recent(ada, "backend-go", 10))).extracting(Attempt::id).containsExactly("a2");
        assertThat(store.attempts(AttemptQuery.all(bob))).isEmpty();
    }

    @Test
    void anExportHoldsEveryStateAndAttemptOfTheLearnerOnly() {
        var ada = LearnerId.of("ada");
        store.commit(new StoreCommit(richState(ada, "backend"), List.of(attempt("a1", ada, "backend", "x"))));
        store.commit(StoreCommit.of(richState(ada, "backend-go")));
        store.commit(new StoreCommit(richState(LearnerId.of("bob"), "backend"),
                List.of(attempt("b1", LearnerId.of("bob"), "backend", "z"))));
        var export = store.export(ada);
        assertThat(export.states()).extracting(LearnerState::trackId).containsExactlyInAnyOrder("backend", "backend-go");
        assertThat(export.attempts()).extracting(Attempt::id).containsExactly("a1");
    }

    @Test
    void deletingALearnerRemovesEverythingOfTheirsAndNothingElse() {
        var ada = LearnerId.of("ada");
        var bob = LearnerId.of("bob");
        store.commit(new StoreCommit(richState(ada, "backend"), List.of(attempt("a1", ada, "backend", "x"))));
        store.commit(new StoreCommit(richState(bob, "backend"), List.of(attempt("b1", bob, "backend", "y"))));
        assertThat(store.delete(ada)).isTrue();
        assertThat(store.load(new StateKey(ada, "backend"))).isEmpty();
        assertThat(store.attempts(AttemptQuery.all(ada))).isEmpty();
        assertThat(store.export(ada).states()).isEmpty();
        assertThat(store.load(new StateKey(bob, "backend"))).isPresent();
        assertThat(store.delete(ada)).isFalse();
    }

    @Test
    void concurrentWritersThatRetryOnConflictLoseNoUpdate() throws Exception {
        var learner = LearnerId.of("ada");
        store.commit(StoreCommit.of(LearnerState.initial(learner, "backend", T0)));
        int writers = 4;
        int perWriter = 10;
        var pool = Executors.newFixedThreadPool(writers);
        var start = new CountDownLatch(1);
        var conflicts = new AtomicInteger();
        var failures = new ConcurrentLinkedQueue<Throwable>();
        try {
            for (int w = 0; w < writers; w++) {
                int writer = w;
                pool.execute(() -> {
                    try {
                        start.await();
                        for (int i = 0; i < perWriter; i++) {
                            var a = attempt("w" + writer + "-" + i, learner, "backend", "answer " + i);
                            while (true) {
                                var current = store.load(new StateKey(learner, "backend")).orElseThrow();
                                var ids = new ArrayList<>(current.mastery().isEmpty() ? List.<String>of()
                                        : current.mastery().get(0).recentAttemptIds());
                                ids.add(a.id());
                                var next = new LearnerState(learner, "backend", current.schemaVersion(),
                                        current.storeVersion(), current.profile(),
                                        List.of(new Mastery("http", ChallengeLevel.DEFINE, 0.5, ids.size(),
                                                MasteryStatus.TENTATIVE, ids)),
                                        List.of(), List.of(), List.of(), T0);
                                try {
                                    store.commit(new StoreCommit(next, List.of(a)));
                                    break;
                                } catch (VersionConflictException e) {
                                    conflicts.incrementAndGet();
                                }
                            }
                        }
                    } catch (Throwable t) {
                        failures.add(t);
                    }
                });
            }
            start.countDown();
            pool.shutdown();
            assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).as("writers finished").isTrue();
        } finally {
            pool.shutdownNow();
        }
        assertThat(failures).isEmpty();
        var finalState = store.load(new StateKey(learner, "backend")).orElseThrow();
        assertThat(finalState.storeVersion()).isEqualTo(1 + writers * perWriter);
        assertThat(finalState.mastery().get(0).recentAttemptIds()).hasSize(writers * perWriter);
        assertThat(store.attempts(AttemptQuery.all(learner))).hasSize(writers * perWriter);
    }
}

package dev.interviewcoach.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interviewcoach.api.Answer;
import dev.interviewcoach.api.GradeStatus;
import dev.interviewcoach.api.LearnerId;
import dev.interviewcoach.api.StateKey;
import dev.interviewcoach.spi.AttemptQuery;
import dev.interviewcoach.spi.Grader;
import dev.interviewcoach.spi.MemoryStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Sessions under contention and slow graders: retries, give-ups, nothing blocking, nothing lost. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ContentionTests {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T09:00:00Z"), ZoneOffset.UTC);
    private static final LearnerId ADA = LearnerId.of("ada");

    private static Coach.Builder builder(MemoryStore store) {
        return Coach.builder()
                .tracks(TrackLoader.of(TrackProviders.directory(ContentFixtures.dir("tracks"))))
                .memoryStore(store)
                .clock(CLOCK)
                .retrySeed(7);
    }

    @Test
    void aSaveThatLosesRacesIsRetriedOnFreshStateAndStoredOnce() {
        var store = new ConflictingStore();
        var session = builder(store).build().session(ADA, "mini");
        var step = session.next().orElseThrow();
        store.conflictsLeft.set(3);

        var feedback = session.submit(step.id(), Answer.of("same effect; PUT"));

        assertThat(store.conflictsLeft).hasValue(0);
        assertThat(store.attempts(AttemptQuery.all(ADA))).extracting(a -> a.id()).containsExactly(feedback.attempt().id());
        var state = store.load(new StateKey(ADA, "mini")).orElseThrow();
        assertThat(state.stepsAnswered()).isEqualTo(1);
        assertThat(state.pendingStep()).isPresent().get().extracting(p -> p.number()).isEqualTo(2L);
    }

    @Test
    void aProfileChangeThatKeepsLosingSaysTheProfileIsAsItWasNotToSubmitAgain() {
        var store = new ConflictingStore();
        var session = builder(store).commitTimeBudget(Duration.ofMillis(20)).build().session(ADA, "mini");
        session.next().orElseThrow();
        store.conflictsLeft.set(Integer.MAX_VALUE);

        assertThatThrownBy(() -> session.updateProfile(p -> p.withPressure(false)))
                .isInstanceOf(LearnerBusyException.class)
                .hasMessageContaining("the profile is as it was, so change it again").hasMessageNotContaining("submit");
    }

    @Test
    void whenOtherSessionsKeepWinningPastTheBudgetTheHostGetsASpecificErrorAndResubmittingWorks() {
        var store = new ConflictingStore();
        var session = builder(store).commitTimeBudget(Duration.ofMillis(20)).build().session(ADA, "mini");
        var step = session.next().orElseThrow();
        store.conflictsLeft.set(Integer.MAX_VALUE);

        assertThatThrownBy(() -> session.submit(step.id(), Answer.of("same effect; PUT")))
                .isInstanceOf(LearnerBusyException.class)
                .hasMessageContaining("nothing was stored").hasMessageContaining("submit again");
        assertThat(store.commits.get()).as("it retried before giving up").isGreaterThan(1);
        assertThat(store.attempts(AttemptQuery.all(ADA))).isEmpty();

        store.conflictsLeft.set(0);
        assertThat(session.next().orElseThrow().id()).isEqualTo(step.id());
        assertThat(session.submit(step.id(), Answer.of("same effect; PUT")).grade().isScored()).isTrue();
        assertThat(store.attempts(AttemptQuery.all(ADA))).hasSize(1);
    }

    @Test
    void aSlowGraderBlocksNeitherTheCallerNorReadsOfProgressAndState() throws Exception {
        var release = new CountDownLatch(1);
        var grader = new FixedGrader(0.9, release);
        var store = MemoryStores.inMemory();
        var coach = builder(store).grader(grader).build();
        var session = coach.session(ADA, "mini");
        var step = session.next().orElseThrow();

        var pending = session.submitAsync(step.id(), Answer.of("same effect"));
        grader.started.await();

        assertThat(pending).isNotDone();
        assertThat(session.diagnosisProgress().asked()).isZero();
        assertThat(session.state().stepsAnswered()).isZero();
        assertThat(session.readiness().concepts()).isNotEmpty();
        assertThat(coach.session(ADA, "mini").next()).contains(step);
        assertThat(pending).isNotDone();

        release.countDown();
        var feedback = pending.get(30, TimeUnit.SECONDS);
        assertThat(feedback.grade().score().getAsDouble()).isEqualTo(0.9);
        assertThat(session.diagnosisProgress().asked()).isEqualTo(1);
    }

    @Test
    void aGraderThatDoesNotAnswerInTimeGivesAnErrorGradeThatSaysSoAndTheAnswerIsStored() throws Exception {
        var never = new FixedGrader(0.9, new CountDownLatch(1));
        var store = MemoryStores.inMemory();
        var events = new CopyOnWriteArrayList<CoachEvent>();
        var session = builder(store).grader(never).graderTimeout(Duration.ofMillis(50)).listener(events::add).build()
                .session(ADA, "mini");
        var step = session.next().orElseThrow();

        var feedback = session.submit(step.id(), Answer.of("same effect"));

        assertThat(feedback.grade().status()).isEqualTo(GradeStatus.ERROR);
        assertThat(feedback.grade().message()).hasValueSatisfying(m -> assertThat(m).contains("timed out").contains("50 ms"));
        assertThat(feedback.passed()).isFalse();
        assertThat(store.attempts(AttemptQuery.all(ADA))).hasSize(1);
        assertThat(events).singleElement().isInstanceOf(CoachEvent.GraderFailed.class);
    }

    @Test
    void afterATimeoutTheAnswerIsStoredAndListenersHearOnTheGradingExecutorNotTheJdksTimerThread() throws Exception {
        var never = new FixedGrader(0.9, new CountDownLatch(1));
        var threads = new CopyOnWriteArrayList<String>();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2, r -> new Thread(r, "host-grading"));
        try {
            var session = builder(MemoryStores.inMemory()).grader(never).graderTimeout(Duration.ofMillis(50))
                    .gradingExecutor(pool).listener(e -> threads.add(Thread.currentThread().getName())).build()
                    .session(ADA, "mini");
            var step = session.next().orElseThrow();

            var feedback = session.submitAsync(step.id(), Answer.of("same effect"))
                    .thenApply(f -> {
                        threads.add(Thread.currentThread().getName());
                        return f;
                    }).get(30, TimeUnit.SECONDS);

            assertThat(feedback.grade().message()).hasValueSatisfying(m -> assertThat(m).contains("timed out"));
            assertThat(threads).isNotEmpty().allSatisfy(name -> assertThat(name).isEqualTo("host-grading"));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFallbackGraderTakesOverFromOneThatTimedOutAndTheGradeSaysSo() {
        var never = new FixedGrader(0.9, new CountDownLatch(1));
        var store = MemoryStores.inMemory();
        var events = new CopyOnWriteArrayList<CoachEvent>();
        var session = builder(store).grader(never).fallbackGrader(new FixedGrader(0.7))
                .graderTimeout(Duration.ofMillis(50)).listener(events::add).build().session(ADA, "mini");
        var step = session.next().orElseThrow();

        var sync = session.submit(step.id(), Answer.of("same effect"));
        assertThat(sync.grade().score().getAsDouble()).isEqualTo(0.7);
        assertThat(sync.grade().message()).hasValueSatisfying(m -> assertThat(m).contains("graded by fixed after fixed ERROR")
                .contains("timed out"));
        var async = session.submitAsync(sync.next().orElseThrow().id(), Answer.of("same effect")).join();
        assertThat(async.grade().score().getAsDouble()).isEqualTo(0.7);
        var fellBack = events.stream().filter(CoachEvent.FallbackGraded.class::isInstance)
                .map(CoachEvent.FallbackGraded.class::cast).toList();
        assertThat(fellBack).as("one per answer, blocking or not, so a host can see the outage the fallback hides")
                .hasSize(2).allSatisfy(e -> {
                    assertThat(e.status()).isEqualTo(GradeStatus.ERROR);
                    assertThat(e.message()).contains("timed out");
                });
        assertThat(events).filteredOn(CoachEvent.Graded.class::isInstance).hasSize(2);
    }

    @Test
    @org.junit.jupiter.api.Timeout(60) // without the timeout the grader would hold the calling thread for ever
    void aCustomGraderThatDeclaresNothingIsTimedOutOnABlockingSubmitAndItsFallbackGrades() {
        var release = new CountDownLatch(1);
        Grader undeclared = new Grader() {
            @Override
            public String id() {
                return "remote-undeclared";
            }

            @Override
            public String version() {
                return "1";
            }

            @Override
            public dev.interviewcoach.api.Grade grade(dev.interviewcoach.spi.GradingRequest request) {
                try {
                    release.await(); // a service that never answers; its author declared no capability
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return dev.interviewcoach.api.Grade.error(id(), version(), "interrupted");
            }
        };
        try {
            var session = builder(MemoryStores.inMemory()).grader(undeclared).fallbackGrader(new FixedGrader(0.7))
                    .graderTimeout(Duration.ofMillis(50)).build().session(ADA, "mini");
            var feedback = session.submit(session.next().orElseThrow().id(), Answer.of("same effect"));
            assertThat(feedback.grade().score().getAsDouble()).isEqualTo(0.7);
            assertThat(feedback.grade().message()).hasValueSatisfying(m -> assertThat(m).contains("timed out"));
        } finally {
            release.countDown();
        }
    }

    @Test
    void noFallbackEventIsSentWhenTheCoachsGraderScores() {
        var events = new CopyOnWriteArrayList<CoachEvent>();
        var session = builder(MemoryStores.inMemory()).grader(new FixedGrader(0.9)).fallbackGrader(new FixedGrader(0.7))
                .listener(events::add).build().session(ADA, "mini");
        session.submit(session.next().orElseThrow().id(), Answer.of("same effect"));
        assertThat(events).noneMatch(CoachEvent.FallbackGraded.class::isInstance)
                .anyMatch(CoachEvent.Graded.class::isInstance);
    }

    @Test
    void twoAnswersToOneStepAtOnceStoreTheFirstAndTheOtherIsStaleWithNothingStored() throws Exception {
        var release = new CountDownLatch(1);
        var store = MemoryStores.inMemory();
        var coach = builder(store).grader(new FixedGrader(0.9, release)).build();
        var phone = coach.session(ADA, "mini");
        var laptop = coach.session(ADA, "mini");
        var step = phone.next().orElseThrow();
        assertThat(laptop.next()).contains(step);

        // both answers are checked against the pending step before either is graded and stored
        var fromPhone = phone.submitAsync(step.id(), Answer.of("same effect"));
        var fromLaptop = laptop.submitAsync(step.id(), Answer.of("same effect; PUT"));
        release.countDown();

        var outcomes = new ArrayList<Object>();
        for (var future : List.of(fromPhone, fromLaptop)) {
            try {
                outcomes.add(future.get(30, TimeUnit.SECONDS));
            } catch (java.util.concurrent.ExecutionException e) {
                outcomes.add(e.getCause());
            }
        }
        assertThat(outcomes).filteredOn(Feedback.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(StaleStepException.class::isInstance).singleElement()
                .satisfies(e -> assertThat(((Exception) e).getMessage()).contains(step.id())
                        .contains("graded but not stored").doesNotContain("nothing was graded"))
                .satisfies(e -> assertThat(((StaleStepException) e).graded()).as("graded, then refused").isTrue());
        assertThat(store.attempts(AttemptQuery.all(ADA))).hasSize(1);
        var state = store.load(new StateKey(ADA, "mini")).orElseThrow();
        assertThat(state.stepsAnswered()).isEqualTo(1);
        assertThat(phone.diagnosisProgress().asked()).isEqualTo(1);
    }

    @Test
    void twoSessionsOfOneLearnerSubmittingConcurrentlyLoseNothing() throws Exception {
        var store = MemoryStores.inMemory();
        var coach = builder(store).build();
        int threads = 4;
        int rounds = 25;
        var accepted = new AtomicInteger();
        var rejected = new AtomicInteger();
        var feedbackIds = new CopyOnWriteArrayList<String>();
        var pool = Executors.newFixedThreadPool(threads);
        var start = new CountDownLatch(1);
        var done = new ArrayList<java.util.concurrent.Future<?>>();
        for (int t = 0; t < threads; t++) {
            var session = coach.session(ADA, "mini");
            done.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < rounds; i++) {
                    var step = session.next().orElseThrow();
                    try {
                        feedbackIds.add(session.submit(step.id(), Answer.of("same effect; PUT")).attempt().id());
                        accepted.incrementAndGet();
                    } catch (StaleStepException e) {
                        rejected.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (var f : done) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        List<String> stored = store.attempts(AttemptQuery.all(ADA)).stream().map(a -> a.id()).toList();
        assertThat(stored).containsExactlyInAnyOrderElementsOf(feedbackIds);
        assertThat(accepted.get() + rejected.get()).isEqualTo(threads * rounds);
        var state = store.load(new StateKey(ADA, "mini")).orElseThrow();
        assertThat(state.stepsAnswered()).isEqualTo(accepted.get());
        int evidence = state.mastery().stream().mapToInt(m -> m.evidenceCount()).sum();
        assertThat(evidence).as("every stored answer moved mastery").isGreaterThanOrEqualTo(accepted.get());
    }
}

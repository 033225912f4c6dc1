package dev.interviewcoach.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.api.Answer;
import dev.interviewcoach.api.Grade;
import dev.interviewcoach.api.LearnerId;
import dev.interviewcoach.spi.AttemptQuery;
import dev.interviewcoach.spi.Grader;
import dev.interviewcoach.spi.GradingRequest;
import dev.interviewcoach.spi.MemoryStore;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A host that gives up on an asynchronous grade stops the grader's work and stores nothing; a host whose
 * grading executor is shut down gets the answer back unstored, with the learner's step still open; and
 * a second answer to a step while the first is graded (a double click) is refused before it is graded.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class AsyncCancellationTests {
    private static final LearnerId ADA = LearnerId.of("ada");

    /** A remote-style grader whose grades come only when the test completes the futures it handed out. */
    private static final class HeldGrader extends RemoteGrader {
        final List<CompletableFuture<Grade>> handedOut = new CopyOnWriteArrayList<>();

        HeldGrader() {
            super("held");
        }

        @Override
        public Grade grade(GradingRequest request) {
            return gradeAsync(request, Runnable::run).toCompletableFuture().join();
        }

        @Override
        public CompletionStage<Grade> gradeAsync(GradingRequest request, Executor executor) {
            var future = new CompletableFuture<Grade>();
            handedOut.add(future);
            return future;
        }
    }

    /** The grader is called on the grading executor: waits until it has handed out its first future. */
    private void awaitHandedOut() {
        while (grader.handedOut.isEmpty()) {
            Thread.onSpinWait();
        }
    }

    private final MemoryStore store = MemoryStores.inMemory();
    private final HeldGrader grader = new HeldGrader();
    private final Coach coach = Coach.builder()
            .tracks(TrackLoader.of(TrackProviders.directory(ContentFixtures.dir("tracks"))))
            .grader(grader)
            .memoryStore(store)
            .clock(new MutableClock(Instant.parse("2026-11-24T09:00:00Z")))
            .build();

    @Test
    void cancellingTheSessionsFutureCancelsTheGradersFutureStoresNothingAndWarnsOfNoFailure() {
        var session = coach.session(ADA, "mini");
        var step = session.next().orElseThrow();

        var err = new java.io.ByteArrayOutputStream();
        java.io.PrintStream before = System.err;
        System.setErr(new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            var feedback = session.submitAsync(step.id(), Answer.of("An answer that is still being graded."));
            awaitHandedOut();
            assertThat(grader.handedOut).hasSize(1);
            assertThat(feedback.cancel(true)).isTrue();
        } finally {
            System.setErr(before);
        }

        assertThat(err.toString(java.nio.charset.StandardCharsets.UTF_8)).as("a host's own cancel is not a grader failure")
                .doesNotContain("WARN").doesNotContain("failed");
        assertThat(grader.handedOut.get(0)).isCancelled();
        assertThat(store.attempts(AttemptQuery.all(ADA))).isEmpty();
        assertThat(session.next().orElseThrow().id()).isEqualTo(step.id());
    }

    @Test
    void aBlockingSubmitWhoseThreadIsInterruptedStoresNothingCancelsTheGradeAndLeavesTheStepOpen() throws Exception {
        var session = coach.session(ADA, "mini");
        var step = session.next().orElseThrow();
        var thrown = new CompletableFuture<Throwable>();
        var stillInterrupted = new CompletableFuture<Boolean>();
        var waiting = new Thread(() -> {
            try {
                session.submit(step.id(), Answer.of("An answer."));
                thrown.complete(null);
            } catch (RuntimeException e) {
                thrown.complete(e);
            }
            stillInterrupted.complete(Thread.currentThread().isInterrupted());
        });
        waiting.start();
        awaitHandedOut();
        waiting.interrupt();
        waiting.join();

        assertThat(thrown.get()).isInstanceOf(dev.interviewcoach.api.CoachException.class)
                .hasMessageContaining("interrupted").hasMessageContaining("nothing was graded or stored");
        assertThat(stillInterrupted.get()).as("the interrupt is kept for the host").isTrue();
        assertThat(grader.handedOut.get(0)).as("the grader's work is cancelled").isCancelled();
        assertThat(store.attempts(AttemptQuery.all(ADA))).isEmpty();
        assertThat(session.next().orElseThrow().id()).isEqualTo(step.id());
    }

    @Test
    void anAnswerTheShutDownGradingExecutorRefusesFailsTheSubmitAndLeavesTheStepOpen() {
        var stopped = java.util.concurrent.Executors.newSingleThreadExecutor();
        stopped.shutdown();
        Grader remote = new RemoteGrader("remote") {
            @Override
            public Grade grade(GradingRequest request) {
                return Grade.error(id(), version(), "never reached");
            }
        };
        var redeploying = Coach.builder()
                .tracks(TrackLoader.of(TrackProviders.directory(ContentFixtures.dir("tracks"))))
                .grader(remote)
                .gradingExecutor(stopped)
                .memoryStore(store)
                .clock(new MutableClock(Instant.parse("2026-11-24T09:00:00Z")))
                .build();
        var session = redeploying.session(ADA, "mini");
        var step = session.next().orElseThrow();

        var async = session.submitAsync(step.id(), Answer.of("An answer."));
        var blocking = org.assertj.core.api.Assertions.catchThrowable(() -> session.submit(step.id(), Answer.of("An answer.")));

        assertThat(async).isCompletedExceptionally();
        assertThat(org.assertj.core.api.Assertions.catchThrowable(async::join)).hasCauseInstanceOf(
                GradingRefusedException.class).hasMessageContaining("refused");
        assertThat(blocking).as("a public type a host can catch").isInstanceOf(GradingRefusedException.class)
                .hasMessageContaining("nothing was graded or stored");
        assertThat(store.attempts(AttemptQuery.all(ADA))).isEmpty();
        assertThat(session.next().orElseThrow().id()).isEqualTo(step.id());
    }

    @Test
    void aSecondAnswerToAStepWhileTheFirstIsGradedIsRefusedAtOnceAndTheFirstIsTheOneStored() {
        var session = coach.session(ADA, "mini");
        var step = session.next().orElseThrow();

        var first = session.submitAsync(step.id(), Answer.of("The first answer, clicked once."));
        var second = session.submitAsync(step.id(), Answer.of("The same click again."));

        assertThat(second).isCompletedExceptionally();
        assertThat(org.assertj.core.api.Assertions.catchThrowable(second::join))
                .hasCauseInstanceOf(StaleStepException.class).hasMessageContaining("already being graded");
        awaitHandedOut();
        assertThat(grader.handedOut).hasSize(1);

        grader.handedOut.get(0).complete(Grade.ok(0.9, List.of(), List.of(), List.of(), "", "held", "1"));
        assertThat(first.join().attempt().answer().text()).isEqualTo("The first answer, clicked once.");
        assertThat(store.attempts(AttemptQuery.all(ADA))).singleElement()
                .satisfies(a -> assertThat(a.answer().text()).isEqualTo("The first answer, clicked once."));
    }
}

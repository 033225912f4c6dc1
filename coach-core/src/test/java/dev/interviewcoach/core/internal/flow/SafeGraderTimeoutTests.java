package dev.interviewcoach.core.internal.flow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.api.Answer;
import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.ChallengeLevel;
import dev.interviewcoach.api.Criterion;
import dev.interviewcoach.api.Evidence;
import dev.interviewcoach.api.Grade;
import dev.interviewcoach.api.GradeStatus;
import dev.interviewcoach.api.Prompt;
import dev.interviewcoach.api.Rubric;
import dev.interviewcoach.core.RemoteGrader;
import dev.interviewcoach.spi.GradingRequest;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** When the coach stops waiting for a grader, it tells the grader so. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class SafeGraderTimeoutTests {
    /** A grader whose grade never comes, keeping the future it handed out. */
    private static final class NeverAnswers extends RemoteGrader {
        final CompletableFuture<Grade> handedOut = new CompletableFuture<>();

        NeverAnswers() {
            super("never");
        }

        @Override
        public Grade grade(GradingRequest request) {
            return handedOut.join();
        }

        @Override
        public CompletionStage<Grade> gradeAsync(GradingRequest request, Executor executor) {
            return handedOut;
        }
    }

    @Test
    void aGraderStillAtWorkWhenTheTimeoutPassesHasItsFutureCancelled() {
        var grader = new NeverAnswers();
        var safe = new SafeGrader(grader, Duration.ofMillis(50), Runnable::run);
        var challenge = Challenge.of("t.define.a", "t", ChallengeLevel.DEFINE, "t.topic", Prompt.of("Why?"),
                Rubric.of(List.of(Criterion.of("point", 1, "Makes the point.", List.of(Evidence.of("point"))))), "A point.");

        var outcome = safe.gradeAsync(GradingRequest.of(challenge, Answer.of("An answer."))).join();

        assertThat(outcome.grade().status()).isEqualTo(GradeStatus.ERROR);
        assertThat(grader.handedOut).isCancelled();
    }

    /** A grader that does its blocking work inside gradeAsync, before returning a completed future. */
    private static final class BlocksInGradeAsync extends RemoteGrader {
        final java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        volatile Thread calledOn;

        BlocksInGradeAsync() {
            super("blocks-in-grade-async");
        }

        @Override
        public Grade grade(GradingRequest request) {
            return Grade.error(id(), version(), "unused");
        }

        @Override
        public CompletionStage<Grade> gradeAsync(GradingRequest request, Executor executor) {
            calledOn = Thread.currentThread();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return CompletableFuture.completedFuture(Grade.error(id(), version(), "released"));
        }
    }

    @Test
    void aGraderThatBlocksInsideGradeAsyncNeitherBlocksTheCallerNorEscapesTheTimeout() throws Exception {
        var grader = new BlocksInGradeAsync();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var safe = new SafeGrader(grader, Duration.ofMillis(50), pool);
            var challenge = Challenge.of("t.define.a", "t", ChallengeLevel.DEFINE, "t.topic", Prompt.of("Why?"),
                    Rubric.of(List.of(Criterion.of("point", 1, "Makes the point.", List.of(Evidence.of("point"))))),
                    "A point.");
            // returns although the grader's gradeAsync has not returned, and times out while it still blocks
            var outcome = safe.gradeAsync(GradingRequest.of(challenge, Answer.of("An answer."))).join();
            assertThat(outcome.grade().status()).isEqualTo(GradeStatus.ERROR);
            assertThat(outcome.grade().message().orElse("")).doesNotContain("released");
            assertThat(grader.calledOn).as("called on a grading thread, if at all").isNotSameAs(Thread.currentThread());
        } finally {
            grader.release.countDown();
            pool.shutdown();
        }
    }

    /** A grader that holds a grading thread until released. */
    private static final class HoldsItsThread extends RemoteGrader {
        final java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);

        HoldsItsThread() {
            super("holds");
        }

        @Override
        public Grade grade(GradingRequest request) {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Grade.error(id(), version(), "released");
        }
    }

    @Test
    void aTimeoutIsFinishedEvenWhenTheGradersHoldEveryThreadOfABoundedGradingExecutor() throws Exception {
        var grader = new HoldsItsThread();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(1);
        try {
            var safe = new SafeGrader(grader, Duration.ofMillis(50), pool);
            var challenge = Challenge.of("t.define.a", "t", ChallengeLevel.DEFINE, "t.topic", Prompt.of("Why?"),
                    Rubric.of(List.of(Criterion.of("point", 1, "Makes the point.", List.of(Evidence.of("point"))))), "A point.");

            // the grader keeps the pool's one thread until the test releases it, after the assertions
            var outcome = safe.gradeAsync(GradingRequest.of(challenge, Answer.of("An answer."))).get(20, TimeUnit.SECONDS);
            var blocking = safe.grade(GradingRequest.of(challenge, Answer.of("Another answer.")));

            assertThat(outcome.grade().status()).isEqualTo(GradeStatus.ERROR);
            assertThat(outcome.grade().message()).hasValueSatisfying(m -> assertThat(m).contains("50 ms"));
            assertThat(blocking.grade().message()).hasValueSatisfying(m -> assertThat(m).contains("50 ms"));
            assertThat(grader.release.getCount()).isEqualTo(1);
        } finally {
            grader.release.countDown();
            pool.shutdownNow();
        }
    }
}

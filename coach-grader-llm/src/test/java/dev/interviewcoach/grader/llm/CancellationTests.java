package dev.interviewcoach.grader.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.api.Answer;
import dev.interviewcoach.api.Grade;
import dev.interviewcoach.api.GradeStatus;
import dev.interviewcoach.grader.llm.FakeEndpoint.Reply;
import dev.interviewcoach.spi.GradingRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A grade whose caller gave up, or whose deadline passed, sends no more requests and waits no longer. */
class CancellationTests {
    private static final String ANSWER = "Retry idempotent calls with exponential backoff and jitter.";
    private final Fixtures.TestClock clock = new Fixtures.TestClock();
    private final Fixtures.RecordingSleeper sleeper = new Fixtures.RecordingSleeper(clock);
    private FakeEndpoint endpoint;

    @AfterEach
    void close() {
        endpoint.close();
    }

    private static GradingRequest request() {
        return GradingRequest.of(Fixtures.retries(), Answer.of(ANSWER));
    }

    @Test
    void cancellingTheGradeStopsItsRetries() throws Exception {
        var grading = new AtomicReference<CompletableFuture<Grade>>();
        endpoint = new FakeEndpoint(r -> {
            grading.get().cancel(true);
            return new Reply(503, Map.of(), "");
        });
        var tasks = new ArrayList<Runnable>();
        grading.set(Fixtures.builder(endpoint, clock, sleeper).build().gradeAsync(request(), tasks::add).toCompletableFuture());
        var worker = new Thread(tasks.get(0));
        worker.start();
        worker.join();

        assertThat(grading.get()).isCancelled();
        assertThat(endpoint.received()).hasSize(1);
        assertThat(sleeper.waits).isEmpty();
    }

    @Test
    void cancellingTheGradeInterruptsItsWaitForARetry() throws Exception {
        endpoint = new FakeEndpoint(r -> new Reply(429, Map.of("Retry-After", "20"), ""));
        var sleeping = new CountDownLatch(1);
        var neverOpens = new CountDownLatch(1);
        var waits = new ArrayList<Duration>();
        // a wait that ends only when interrupted, as a real one would for the next 20 s
        Sleeper real = duration -> {
            waits.add(duration);
            sleeping.countDown();
            neverOpens.await();
        };
        var tasks = new ArrayList<Runnable>();
        var grading = LlmGraders.builder().baseUrl(endpoint.baseUrl()).model("test-model").timing(clock, real, 42).build()
                .gradeAsync(request(), tasks::add).toCompletableFuture();
        var worker = new Thread(tasks.get(0));
        worker.start();
        sleeping.await();
        grading.cancel(true);
        worker.join();

        assertThat(waits).containsExactly(Duration.ofSeconds(20));
        assertThat(endpoint.received()).as("no retry after the cancelled wait").hasSize(1);
    }

    @Test
    void aRetryAfterLongerThanTheTimeLeftEndsTheGradeWithoutWaiting() throws Exception {
        endpoint = new FakeEndpoint(r -> new Reply(429, Map.of("Retry-After", "40"), ""));

        Grade grade = Fixtures.builder(endpoint, clock, sleeper).build().grade(request());

        assertThat(grade.status()).isEqualTo(GradeStatus.ERROR);
        assertThat(grade.message()).hasValueSatisfying(m -> assertThat(m).contains("asks to wait 40 s")
                .contains("left before the grader's deadline (llm.deadline)"));
        assertThat(sleeper.waits).isEmpty();
        assertThat(endpoint.received()).hasSize(1);
    }

    @Test
    void noRetryIsSentOnceTheDeadlineHasPassed() throws Exception {
        endpoint = new FakeEndpoint(r -> {
            clock.advance(Duration.ofSeconds(30));
            return new Reply(500, Map.of(), "");
        });

        Grade grade = Fixtures.builder(endpoint, clock, sleeper).build().grade(request());

        assertThat(grade.status()).isEqualTo(GradeStatus.ERROR);
        assertThat(grade.message()).hasValueSatisfying(m -> assertThat(m).contains("the server answered 500")
                .contains("the grader's deadline of 25 s (llm.deadline) has passed"));
        assertThat(endpoint.received()).hasSize(1);
        assertThat(sleeper.waits).isEmpty();
    }

    @Test
    void theDeadlineIsASetting() throws Exception {
        endpoint = new FakeEndpoint(r -> new Reply(429, Map.of("Retry-After", "12"), ""));

        Grade grade = Fixtures.builder(endpoint, clock, sleeper).deadline(Duration.ofSeconds(10)).build().grade(request());

        assertThat(grade.message()).hasValueSatisfying(m -> assertThat(m).contains("asks to wait 12 s, more than the 10 s left"));
        assertThat(sleeper.waits).isEmpty();
    }
}

package dev.interviewcoach.grader.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.api.Answer;
import dev.interviewcoach.api.Grade;
import dev.interviewcoach.api.GradeStatus;
import dev.interviewcoach.grader.llm.FakeEndpoint.Reply;
import dev.interviewcoach.spi.Grader;
import dev.interviewcoach.spi.GradingRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The circuit opens after failed grades in a row, each counted once after its retries; after its cooldown
 * it lets exactly one trial grade through, and the rest fail fast until it settles.
 */
class CircuitBreakerTests {
    private final Fixtures.TestClock clock = new Fixtures.TestClock();
    private final Fixtures.RecordingSleeper sleeper = new Fixtures.RecordingSleeper(clock);
    private FakeEndpoint endpoint;

    @AfterEach
    void close() {
        endpoint.close();
    }

    @Test
    void afterTheCooldownTenConcurrentGradesSendOneTrialAndTheOthersFailFastUntilItSettles() throws Exception {
        var model = new FakeModel(Fixtures.retries());
        endpoint = new FakeEndpoint(r -> new Reply(500, Map.of(), ""), 12);
        Grader grader = Fixtures.builder(endpoint, clock, sleeper).retries(1, Duration.ofMillis(10), Duration.ofMillis(10),
                Duration.ofSeconds(1)).circuitBreaker(1, Duration.ofSeconds(30)).build();
        assertThat(grader.grade(GradingRequest.of(Fixtures.retries(), Answer.of("idempotent at first"))).status())
                .isEqualTo(GradeStatus.ERROR);
        clock.advance(Duration.ofSeconds(31));

        var settle = new CountDownLatch(1);
        var first = new AtomicBoolean(true);
        endpoint.script(r -> {
            if (first.getAndSet(false)) {
                await(settle);
            }
            return model.apply(r);
        });
        var pool = Executors.newFixedThreadPool(10);
        try {
            var grading = new ExecutorCompletionService<Grade>(pool);
            for (int i = 0; i < 10; i++) {
                String text = "idempotent answer number " + i;
                grading.submit(() -> grader.grade(GradingRequest.of(Fixtures.retries(), Answer.of(text))));
            }
            var early = new ArrayList<Grade>();
            for (int i = 0; i < 9; i++) {
                early.add(grading.take().get());
            }
            settle.countDown();
            Grade trial = grading.take().get();

            assertThat(endpoint.received()).as("requests: the one that opened the circuit and the trial").hasSize(2);
            assertThat(early).allSatisfy(g -> assertThat(g.message()).hasValueSatisfying(m -> assertThat(m)
                    .contains("circuit is open").contains("one trial grade")));
            assertThat(trial.isScored()).isTrue();
        } finally {
            settle.countDown();
            pool.shutdownNow();
        }
        assertThat(grader.grade(GradingRequest.of(Fixtures.retries(), Answer.of("idempotent, once closed"))).isScored()).isTrue();
        assertThat(endpoint.received()).hasSize(3);
    }

    @Test
    void theCircuitCountsFailedGradesEachAfterItsRetriesAndItsMessageSaysSo() throws Exception {
        endpoint = new FakeEndpoint(r -> new Reply(503, Map.of(), ""));
        Grader grader = Fixtures.builder(endpoint, clock, sleeper).retries(3, Duration.ofMillis(10), Duration.ofMillis(10),
                Duration.ofSeconds(1)).circuitBreaker(2, Duration.ofSeconds(30)).build();
        for (String text : java.util.List.of("idempotent, first", "idempotent, second")) {
            assertThat(grader.grade(GradingRequest.of(Fixtures.retries(), Answer.of(text))).status()).isEqualTo(GradeStatus.ERROR);
        }
        assertThat(endpoint.received()).as("two grades of three attempts each").hasSize(6);

        Grade whileOpen = grader.grade(GradingRequest.of(Fixtures.retries(), Answer.of("idempotent, third")));

        assertThat(endpoint.received()).hasSize(6);
        assertThat(whileOpen.message()).hasValueSatisfying(m -> assertThat(m)
                .contains("the circuit is open after 2 failed grades in a row (each after its retries)"));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package dev.interviewcoach.grader.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interviewcoach.api.Answer;
import dev.interviewcoach.api.Grade;
import dev.interviewcoach.spi.Grader;
import dev.interviewcoach.spi.GradingRequest;
import java.util.ArrayList;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A grader sends at most a set number of requests at once, and grades with at most a few samples. */
class ConcurrencyLimitTests {
    private final AtomicInteger most = new AtomicInteger();
    private FakeEndpoint endpoint;

    @AfterEach
    void close() {
        if (endpoint != null) {
            endpoint.close();
        }
    }

    @Test
    void atMostEightRequestsAreInFlightByDefaultAndTheOthersQueue() throws Exception {
        assertThat(mostAtOnce(Fixtures.builder(endpoint(8)).build(), 12)).isLessThanOrEqualTo(8);
    }

    @Test
    void theMostRequestsInFlightIsASetting() throws Exception {
        assertThat(mostAtOnce(Fixtures.builder(endpoint(2)).maxInFlight(2).build(), 6)).isLessThanOrEqualTo(2);
    }

    @Test
    void moreThanFiveSamplesAreRefusedWhenBuilding() {
        assertThatThrownBy(() -> LlmGraders.builder().baseUrl(java.net.URI.create("http://127.0.0.1:1/v1")).model("m")
                .samples(50).build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("samples must be between 1 and 5").hasMessageContaining("50");
    }

    /** An endpoint that records the most requests it holds at once, holding each a little while beyond {@code limit}. */
    private FakeEndpoint endpoint(int limit) throws Exception {
        var model = new FakeModel(Fixtures.retries());
        var active = new AtomicInteger();
        var overlap = new CountDownLatch(1);
        endpoint = new FakeEndpoint(r -> {
            int now = active.incrementAndGet();
            most.accumulateAndGet(now, Math::max);
            if (now > limit) {
                overlap.countDown();
            }
            try {
                // hold the request a little, so that one sent beside it meets it; never a condition of the test
                overlap.await(200, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            active.decrementAndGet();
            return model.apply(r);
        }, 16);
        return endpoint;
    }

    /** Grades {@code count} different answers at once and returns the most requests the endpoint held at once. */
    private int mostAtOnce(Grader grader, int count) throws Exception {
        var pool = Executors.newFixedThreadPool(count);
        try {
            var grades = new ArrayList<CompletableFuture<Grade>>();
            for (int i = 0; i < count; i++) {
                String text = "idempotent answer number " + i;
                grades.add(CompletableFuture.supplyAsync(() -> grader.grade(GradingRequest.of(Fixtures.retries(),
                        Answer.of(text))), pool));
            }
            for (var grade : grades) {
                assertThat(grade.get().isScored()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(endpoint.received()).hasSize(count);
        return most.get();
    }
}

package dev.interviewcoach.grader.llm;

import static dev.interviewcoach.grader.llm.LlmGraderTests.reply;
import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.api.Answer;
import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.Grade;
import dev.interviewcoach.api.Prompt;
import dev.interviewcoach.spi.GraderCapability;
import dev.interviewcoach.spi.GradingRequest;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same answer gets the same grade: replies are cached by what decides them, and several samples report their spread. */
class CacheTests {
    private static final String ANSWER = "Retry only idempotent calls, with exponential backoff and jitter.";
    private FakeEndpoint endpoint;

    @AfterEach
    void close() {
        endpoint.close();
    }

    private static Grade grade(dev.interviewcoach.spi.Grader grader, Challenge challenge, String text) {
        return grader.grade(GradingRequest.of(challenge, Answer.of(text)));
    }

    @Test
    void theSameAnswerIsSentOnceAndGradedTheSame() throws Exception {
        endpoint = new FakeEndpoint(new FakeModel(Fixtures.retries()));
        var grader = Fixtures.builder(endpoint).build();

        Grade first = grade(grader, Fixtures.retries(), ANSWER);
        Grade second = grade(grader, Fixtures.retries(), ANSWER);

        assertThat(second).isEqualTo(first);
        assertThat(endpoint.received()).hasSize(1);
        assertThat(grader.capabilities()).doesNotContain(GraderCapability.DETERMINISTIC).contains(GraderCapability.NEEDS_NETWORK);
    }

    @Test
    void aPersistedCacheGivesANewInstanceTheSameGradeWithoutARequest(@TempDir Path dir) throws Exception {
        endpoint = new FakeEndpoint(new FakeModel(Fixtures.retries()));
        var first = Fixtures.builder(endpoint).cache(10, Optional.of(dir)).build();
        Grade before = grade(first, Fixtures.retries(), ANSWER);

        var restarted = Fixtures.builder(endpoint).cache(10, Optional.of(dir)).build();
        Grade after = grade(restarted, Fixtures.retries(), ANSWER);

        assertThat(after).isEqualTo(before);
        assertThat(endpoint.received()).hasSize(1);
        assertThat(restarted.capabilities()).contains(GraderCapability.DETERMINISTIC);
    }

    @Test
    void theMemoryCacheIsBoundedAndForgetsTheLeastRecentlyUsed() throws Exception {
        endpoint = new FakeEndpoint(new FakeModel(Fixtures.retries()));
        var grader = Fixtures.builder(endpoint).cache(2, Optional.empty()).build();

        grade(grader, Fixtures.retries(), "idempotent one");
        grade(grader, Fixtures.retries(), "idempotent two");
        grade(grader, Fixtures.retries(), "idempotent one");
        assertThat(endpoint.received()).hasSize(2);
        grade(grader, Fixtures.retries(), "idempotent three");
        grade(grader, Fixtures.retries(), "idempotent two");
        assertThat(endpoint.received()).as("two was least recently used, so it was forgotten").hasSize(4);
    }

    @Test
    void aChangedChallengeOrModelIsAskedAgain() throws Exception {
        endpoint = new FakeEndpoint(new FakeModel(Fixtures.retries()));
        var grader = Fixtures.builder(endpoint).build();
        Challenge changed = Fixtures.retries();
        changed = new Challenge(changed.id(), changed.conceptId(), changed.level(), changed.topicId(), changed.secondaryTopicIds(),
                Prompt.of("When, and how, should a client retry?"), changed.rubric(), changed.misconceptions(),
                changed.referenceAnswer(), changed.hints(), changed.followUps(), changed.sources(), changed.samples());

        grade(grader, Fixtures.retries(), ANSWER);
        grade(grader, changed, ANSWER);
        grade(Fixtures.builder(endpoint).model("other-model").build(), Fixtures.retries(), ANSWER);

        assertThat(endpoint.received()).hasSize(3);
    }

    @Test
    void severalSamplesReportTheirSpreadAndTheMedianIsTheScore() throws Exception {
        endpoint = new FakeEndpoint(r -> switch ((int) r.body().path("seed").asLong()) {
            case 7 -> reply(verdict("met", "met", "met"));
            case 8 -> reply(verdict("met", "missed", "missed"));
            default -> reply(verdict("met", "met", "missed"));
        });
        Grade grade = grade(Fixtures.builder(endpoint).samples(3).build(), Fixtures.retries(), ANSWER);

        assertThat(endpoint.received()).extracting(r -> r.body().path("seed").asLong()).containsExactly(7L, 8L, 9L);
        assertThat(grade.score()).hasValue(0.6);
        assertThat(grade.message()).hasValueSatisfying(m -> assertThat(m)
                .contains("3 samples scored 0.40, 0.60, 1.00 (spread 0.60); the median is reported"));
    }

    @Test
    void concurrentGradesOfTheSameAnswerShareOneReplyFromAModelThatNeverAnswersTheSameTwice() throws Exception {
        var calls = new java.util.concurrent.atomic.AtomicInteger();
        var gate = new java.util.concurrent.CountDownLatch(1);
        endpoint = new FakeEndpoint(r -> {
            try {
                gate.await(5, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return reply(calls.getAndIncrement() % 2 == 0 ? verdict("met", "met", "met") : verdict("met", "missed", "missed"));
        });
        var grader = Fixtures.builder(endpoint).build();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var futures = new java.util.ArrayList<java.util.concurrent.Future<Grade>>();
            for (int i = 0; i < 8; i++) {
                futures.add(pool.submit(() -> grade(grader, Fixtures.retries(), ANSWER)));
            }
            Thread.sleep(200);
            gate.countDown();
            var grades = new java.util.ArrayList<Grade>();
            for (var f : futures) {
                grades.add(f.get());
            }
            assertThat(grades).allMatch(g -> g.equals(grades.get(0)));
            assertThat(endpoint.received()).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    private static String verdict(String idempotency, String backoff, String budget) {
        return "{\"criteria\": ["
                + "{\"id\": \"idempotency\", \"status\": \"" + idempotency + "\", \"quotes\": [\"idempotent calls\"], \"note\": \"\"},"
                + "{\"id\": \"backoff\", \"status\": \"" + backoff + "\", \"quotes\": [\"exponential backoff\"], \"note\": \"\"},"
                + "{\"id\": \"budget\", \"status\": \"" + budget + "\", \"quotes\": [\"with exponential\"], \"note\": \"\"}],"
                + "\"misconceptions\": [], \"feedback\": \"\", \"addresses_grader\": false}";
    }
}

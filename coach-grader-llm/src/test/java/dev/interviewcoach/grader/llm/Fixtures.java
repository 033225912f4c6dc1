package dev.interviewcoach.grader.llm;

import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.ChallengeLevel;
import dev.interviewcoach.api.Criterion;
import dev.interviewcoach.api.Dimension;
import dev.interviewcoach.api.Evidence;
import dev.interviewcoach.api.Misconception;
import dev.interviewcoach.api.Prompt;
import dev.interviewcoach.api.Rubric;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;

/** Challenges, a settable clock and a sleeper that only records, for the LLM grader's tests. */
final class Fixtures {
    static final Instant START = Instant.parse("2026-12-03T09:00:00Z");

    private Fixtures() {}

    /** A challenge with a required criterion, an optional one and a misconception. */
    static Challenge retries() {
        var criteria = List.of(
                new Criterion("idempotency", 2, true, "Retries are safe only for idempotent operations.", Optional.empty(),
                        Optional.empty(), List.of(Evidence.of("idempotent", "idempotency")), 1,
                        Optional.of("Say why a retry must be idempotent.")),
                new Criterion("backoff", 1, false, "Retries back off exponentially with jitter.", Optional.empty(),
                        Optional.empty(), List.of(Evidence.of("exponential backoff", "back off"), Evidence.of("jitter")), 2,
                        Optional.empty()),
                Criterion.of("budget", 2, "Retries are bounded by a budget or a deadline.",
                        List.of(Evidence.of("retry budget", "deadline", "max attempts"))));
        var misconceptions = List.of(new Misconception("retry-everything", "Believes every failed call can be retried",
                List.of(Evidence.of("always retry", "retry every")), "Only idempotent calls, and only transient failures."));
        return new Challenge("test.retries", "resilience", ChallengeLevel.TRADEOFFS, "resilience.retries", List.of(),
                Prompt.of("When should a client retry a failed call, and how?"), Rubric.of(criteria), misconceptions,
                "Retry only idempotent calls on transient failures, with exponential backoff and jitter, "
                        + "within a retry budget or deadline.",
                List.of(), List.of(), List.of(), List.of());
    }

    /** A challenge whose rubric has two dimensions of different weights. */
    static Challenge dimensions() {
        var criteria = List.of(
                new Criterion("storage", 1, false, "Chooses storage.", Optional.empty(), Optional.of("data"),
                        List.of(Evidence.of("postgres")), 1, Optional.empty()),
                new Criterion("cache", 1, false, "Adds a cache.", Optional.empty(), Optional.of("speed"),
                        List.of(Evidence.of("redis")), 1, Optional.empty()),
                new Criterion("cdn", 1, false, "Adds a CDN.", Optional.empty(), Optional.of("speed"),
                        List.of(Evidence.of("cdn")), 1, Optional.empty()));
        var rubric = new Rubric(criteria, List.of(new Dimension("data", "Data", List.of("db"), 3),
                new Dimension("speed", "Speed", List.of("perf"), 1)));
        return Challenge.of("test.design", "design", ChallengeLevel.DESIGN, "design.shortener",
                Prompt.of("Design a URL shortener."), rubric, "Postgres for the links, Redis in front, a CDN for redirects.");
    }

    /** A builder aimed at the endpoint, with a recorded clock and sleeper and no cache directory. */
    static LlmGraderBuilder builder(FakeEndpoint endpoint, TestClock clock, RecordingSleeper sleeper) {
        return LlmGraders.builder().baseUrl(endpoint.baseUrl()).model("test-model")
                .timeouts(Duration.ofSeconds(5), Duration.ofSeconds(10))
                .timing(clock, sleeper, 42);
    }

    static LlmGraderBuilder builder(FakeEndpoint endpoint) {
        return builder(endpoint, new TestClock(), new RecordingSleeper(new TestClock())).sampling(0, OptionalLong.of(7));
    }

    /** A clock that moves only when told. */
    static final class TestClock extends Clock {
        private volatile Instant now = START;

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** A sleeper that records each wait and moves the clock instead of waiting. */
    static final class RecordingSleeper implements Sleeper {
        final List<Duration> waits = new CopyOnWriteArrayList<>();
        private final TestClock clock;

        RecordingSleeper(TestClock clock) {
            this.clock = clock;
        }

        @Override
        public void sleep(Duration duration) {
            waits.add(duration);
            clock.advance(duration);
        }
    }
}

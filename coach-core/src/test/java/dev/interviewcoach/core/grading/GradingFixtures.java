package dev.interviewcoach.core.grading;

import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.ChallengeLevel;
import dev.interviewcoach.api.Criterion;
import dev.interviewcoach.api.Dimension;
import dev.interviewcoach.api.Evidence;
import dev.interviewcoach.api.Misconception;
import dev.interviewcoach.api.Prompt;
import dev.interviewcoach.api.Rubric;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Challenges built in code for grader tests. */
final class GradingFixtures {
    private GradingFixtures() {}

    static Criterion criterion(String id, double weight, boolean required, List<Evidence> evidence) {
        return new Criterion(id, weight, required, "the " + id + " idea", Optional.empty(), Optional.empty(), evidence,
                evidence.size(), Optional.of("Say something about " + id + "."));
    }

    static Challenge retries() {
        var criteria = List.of(
                criterion("only-idempotent", 2, true, List.of(Evidence.of("retry only idempotent requests",
                        "only retry idempotent calls", "idempotent requests can be retried safely"))),
                criterion("post", 1, false, List.of(Evidence.of("retrying a POST can create duplicates",
                        "a repeated POST may charge twice", "POST is not idempotent"))),
                criterion("backoff", 1, false, List.of(Evidence.of("exponential backoff", "back off exponentially"),
                        Evidence.of("jitter", "random delay"))));
        var misconceptions = List.of(new Misconception("retry-everything", "Retries every failed request.",
                List.of(Evidence.of("always retry every request", "retry all failed requests")),
                "Retrying a non-idempotent request can repeat its effect."));
        return new Challenge("http.pressure.retries", "http", ChallengeLevel.PRESSURE, "http.latency-timeouts-retries",
                List.of(), new Prompt("When should a client retry a failed HTTP request?", Optional.empty(), List.of(),
                        Optional.of(Duration.ofSeconds(90)), OptionalInt.of(60)),
                Rubric.of(criteria), misconceptions,
                "Retry only idempotent requests such as GET, PUT and DELETE, with exponential backoff and jitter; "
                        + "retrying a POST can create duplicates unless it carries an idempotency key.",
                List.of("Think about POST.", "What makes a retry harmless?"), List.of(), List.of(), List.of());
    }

    static Challenge withDimensions() {
        var criteria = List.of(
                new Criterion("codes", 1, false, "status codes", Optional.empty(), Optional.of("api"),
                        List.of(Evidence.of("429 too many requests", "return 429")), 1, Optional.empty()),
                new Criterion("retry-after", 1, false, "Retry-After", Optional.empty(), Optional.of("api"),
                        List.of(Evidence.of("Retry-After header", "retry after header")), 1, Optional.empty()),
                new Criterion("outbox", 1, false, "outbox", Optional.empty(), Optional.of("failures"),
                        List.of(Evidence.of("transactional outbox", "outbox table")), 1, Optional.empty()));
        var rubric = new Rubric(criteria, List.of(new Dimension("api", "API", List.of("http"), 3),
                new Dimension("failures", "Failures", List.of("concurrency"), 1)));
        return Challenge.of("boss.mini", "http", ChallengeLevel.DESIGN, "http.latency-timeouts-retries",
                Prompt.of("Design a rate-limited API."), rubric, "Return 429 with a Retry-After header; use an outbox table.");
    }
}

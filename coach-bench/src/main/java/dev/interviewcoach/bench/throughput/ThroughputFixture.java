package dev.interviewcoach.bench.throughput;

import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.ChallengeLevel;
import dev.interviewcoach.api.Criterion;
import dev.interviewcoach.api.Evidence;
import dev.interviewcoach.api.Misconception;
import dev.interviewcoach.api.Prompt;
import dev.interviewcoach.api.Rubric;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** The throughput benchmark's challenge (a six-criterion rubric) and answers of 150 words to 1 MB. */
final class ThroughputFixture {
    private ThroughputFixture() {}

    /** A 150-word answer to {@link #challenge()}, as a candidate would write it. */
    static String answer150() {
        try (InputStream in = ThroughputFixture.class.getResourceAsStream("answer-150.txt")) {
            if (in == null) {
                throw new IllegalStateException("answer-150.txt is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 150-word answer repeated, as paragraphs, up to {@code bytes} UTF-8 bytes (cut at a word boundary). */
    static String repeated(int bytes) {
        String paragraph = answer150();
        var sb = new StringBuilder(bytes + paragraph.length());
        while (sb.length() < bytes) {
            sb.append(paragraph).append("\n\n");
        }
        int end = bytes;
        while (end > 0 && !Character.isWhitespace(sb.charAt(end - 1))) {
            end--;
        }
        return sb.substring(0, end);
    }

    /** A design question graded by six weighted criteria and three misconceptions, one of them a pattern. */
    static Challenge challenge() {
        var criteria = List.of(
                criterion("idempotency-key", 3, "Uses a client-generated idempotency key sent with every attempt.",
                        Evidence.of("idempotency key", "idempotent key", "request id", "dedup key"),
                        Evidence.of("client generates", "client sends", "in a header", "uuid")),
                criterion("atomic-record", 2, "Stores the key with the outcome atomically, behind a unique constraint.",
                        Evidence.of("unique constraint", "unique index", "primary key on the key"),
                        Evidence.of("same transaction", "atomically", "one transaction")),
                criterion("replay", 2, "Returns the stored response for a repeated key instead of charging again.",
                        Evidence.of("return the stored response", "replay the response", "same response"),
                        Evidence.of("instead of charging again", "not charge twice", "no double charge")),
                criterion("mismatch", 1, "Rejects a reused key whose request differs.",
                        Evidence.of("body differs", "different payload", "request hash", "422")),
                criterion("expiry", 1, "Expires old keys so the table stays bounded.",
                        Evidence.of("keys expire", "ttl", "expire after", "delete old keys")),
                criterion("retry-policy", 2, "Retries with exponential backoff and jitter, only on transient failures.",
                        Evidence.of("exponential backoff", "backoff"),
                        Evidence.of("jitter", "randomised delay"),
                        Evidence.of("timeouts", "5xx", "transient errors")));
        var misconceptions = List.of(
                new Misconception("post-idempotent", "Believes POST is idempotent by itself.",
                        List.of(Evidence.of("POST is idempotent", "POST requests are idempotent")),
                        "POST is not idempotent; the key is what makes a repeated POST safe."),
                new Misconception("retry-client-errors", "Retries client errors.",
                        List.of(Evidence.of("retry on 4xx", "retry every error", "retry all errors")),
                        "A 4xx will fail the same way again; retry only timeouts and 5xx."),
                new Misconception("retries-always-safe", "Believes any retry is safe.",
                        List.of(Evidence.of("retry ... always safe")),
                        "A retry is safe only when the server can tell it from a new request."));
        var prompt = new Prompt("A mobile client calls POST /payments and sometimes times out. How do you make "
                + "retries safe, so that a customer is never charged twice?", Optional.of("A payment API behind a load "
                + "balancer, PostgreSQL as the database, clients on flaky mobile networks."),
                List.of("At most one charge per payment attempt", "p99 latency under 300 ms"), Optional.empty(),
                OptionalInt.empty());
        return new Challenge("bench.design.payment-retries", "http", ChallengeLevel.DESIGN, "http.idempotency",
                List.of(), prompt, Rubric.of(criteria), misconceptions,
                "Have the client send an idempotency key with every attempt; store it with the request hash and "
                        + "the response in the same transaction as the charge, behind a unique constraint; replay "
                        + "the stored response for a repeated key, reject a changed body, expire old keys, and retry "
                        + "only timeouts and 5xx with exponential backoff and jitter.",
                List.of(), List.of(), List.of(), List.of());
    }

    private static Criterion criterion(String id, double weight, String description, Evidence... evidence) {
        return new Criterion(id, weight, false, description, Optional.empty(), Optional.empty(), List.of(evidence),
                evidence.length, Optional.of("Say how: " + description));
    }
}

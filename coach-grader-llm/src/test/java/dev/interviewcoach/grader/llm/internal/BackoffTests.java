package dev.interviewcoach.grader.llm.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Waits between retries grow exponentially, are jittered by the seed alone, and never pass the cap. */
class BackoffTests {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-03T09:00:00Z"), ZoneOffset.UTC);

    @Test
    void everyWaitLiesBetweenHalfAndAllOfTheCappedExponentialDelay() {
        qt().forAll(longs().all(), integers().between(1, 40)).checkAssert((seed, retry) -> {
            var wait = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(5), CLOCK, seed).delay(retry).toMillis();
            long full = Math.min(5000, 100L << Math.min(retry - 1, 20));
            assertThat(wait).isBetween(full / 2, full);
        });
    }

    @Test
    void theSameSeedGivesTheSameWaitsAndAnotherSeedOtherWaits() {
        var a = IntStream.rangeClosed(1, 8).mapToObj(new Backoff(Duration.ofMillis(100), Duration.ofSeconds(30), CLOCK, 1)::delay).toList();
        var b = IntStream.rangeClosed(1, 8).mapToObj(new Backoff(Duration.ofMillis(100), Duration.ofSeconds(30), CLOCK, 1)::delay).toList();
        var c = IntStream.rangeClosed(1, 8).mapToObj(new Backoff(Duration.ofMillis(100), Duration.ofSeconds(30), CLOCK, 2)::delay).toList();
        assertThat(a).isEqualTo(b).isNotEqualTo(c);
    }

    @Test
    void retryAfterIsReadAsSecondsOrAsAnHttpDateAndIgnoredWhenMalformed() {
        var backoff = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(30), CLOCK, 1);
        assertThat(backoff.retryAfter("120")).hasValue(Duration.ofSeconds(120));
        assertThat(backoff.retryAfter("Thu, 03 Dec 2026 09:01:00 GMT")).hasValue(Duration.ofSeconds(60));
        assertThat(backoff.retryAfter("Thu, 03 Dec 2026 08:00:00 GMT")).hasValue(Duration.ZERO);
        assertThat(backoff.retryAfter("soon")).isEmpty();
    }
}

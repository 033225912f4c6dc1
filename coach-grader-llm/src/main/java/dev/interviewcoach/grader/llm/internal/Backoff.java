package dev.interviewcoach.grader.llm.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * How long to wait before a retry: the server's {@code Retry-After} when it sends one, otherwise an
 * exponential backoff with "equal jitter" (half the delay fixed, half random), so that many clients
 * retrying at once spread out. The jitter comes from an explicit seed.
 */
final class Backoff {
    private final Duration initial;
    private final Duration max;
    private final Clock clock;
    private final SplittableRandom random;

    Backoff(Duration initial, Duration max, Clock clock, long seed) {
        this.initial = initial;
        this.max = max;
        this.clock = clock;
        this.random = new SplittableRandom(seed);
    }

    /**
     * The wait before retry number {@code retry} (1 for the first retry), without a {@code Retry-After}.
     *
     * @param retry the retry number
     * @return the wait
     */
    Duration delay(int retry) {
        long base = initial.toMillis();
        long capped = max.toMillis();
        long exp = retry >= 31 ? capped : Math.min(capped, base << Math.max(0, retry - 1));
        long half = exp / 2;
        long jitter;
        synchronized (random) {
            jitter = half == 0 ? 0 : random.nextLong(exp - half + 1);
        }
        return Duration.ofMillis(half + jitter);
    }

    /**
     * Reads a {@code Retry-After} header: delta seconds or an HTTP date (against the clock).
     *
     * @param header the header value
     * @return the wait, or empty when the header is malformed
     */
    Optional<Duration> retryAfter(String header) {
        String v = header.strip();
        try {
            long seconds = Long.parseLong(v);
            return Optional.of(Duration.ofSeconds(Math.max(0, seconds)));
        } catch (NumberFormatException notSeconds) {
            try {
                var when = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                var wait = Duration.between(clock.instant(), when);
                return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
            } catch (DateTimeParseException notDate) {
                return Optional.empty();
            }
        }
    }
}

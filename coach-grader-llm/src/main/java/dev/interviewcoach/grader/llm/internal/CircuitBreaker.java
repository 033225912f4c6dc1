package dev.interviewcoach.grader.llm.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Stops calling an endpoint that keeps failing: after {@code threshold} failed requests in a row the
 * circuit opens and requests fail at once for {@code cooldown}; then requests are let through again,
 * and one more failure opens it again while a success closes it. Time comes from the clock.
 */
final class CircuitBreaker {
    private final int threshold;
    private final Duration cooldown;
    private final Clock clock;
    private int failures;
    private Instant openUntil;

    CircuitBreaker(int threshold, Duration cooldown, Clock clock) {
        this.threshold = threshold;
        this.cooldown = cooldown;
        this.clock = clock;
    }

    /** Fails at once while the circuit is open. */
    synchronized void check() {
        if (openUntil != null && clock.instant().isBefore(openUntil)) {
            throw new LlmFailure("the circuit is open after " + failures + " failed requests in a row; no request is sent "
                    + "until " + openUntil);
        }
    }

    synchronized void success() {
        failures = 0;
        openUntil = null;
    }

    synchronized void failure() {
        failures++;
        if (failures >= threshold) {
            openUntil = clock.instant().plus(cooldown);
        }
    }
}

package dev.interviewcoach.grader.llm.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Stops calling an endpoint that keeps failing: after {@code threshold} failed requests in a row the
 * circuit opens and requests fail at once for {@code cooldown}. Then exactly one trial request is let
 * through while every other still fails at once, until the trial settles: a success closes the circuit,
 * a failure opens it for another cooldown, and a trial abandoned by its caller lets the next request be
 * the trial. Time comes from the clock.
 */
final class CircuitBreaker {
    private final int threshold;
    private final Duration cooldown;
    private final Clock clock;
    private int failures;
    private Instant openUntil;
    private boolean trialRunning;

    CircuitBreaker(int threshold, Duration cooldown, Clock clock) {
        this.threshold = threshold;
        this.cooldown = cooldown;
        this.clock = clock;
    }

    /**
     * Lets a request through, or fails at once while the circuit is open or its one trial is running.
     *
     * @return whether the request is the trial after a cooldown, which the caller settles with
     *     {@link #success(boolean)}, {@link #failure(boolean)} or {@link #abandon(boolean)}
     * @throws LlmFailure while no request may be sent
     */
    synchronized boolean admit() {
        if (openUntil == null) {
            return false;
        }
        if (trialRunning) {
            throw new LlmFailure("the circuit is open after " + failures + " failed requests in a row; one trial request "
                    + "is under way and no other is sent until it settles");
        }
        if (clock.instant().isBefore(openUntil)) {
            throw new LlmFailure("the circuit is open after " + failures + " failed requests in a row; no request is sent "
                    + "until " + openUntil);
        }
        trialRunning = true;
        return true;
    }

    synchronized void success(boolean trial) {
        failures = 0;
        openUntil = null;
        if (trial) {
            trialRunning = false;
        }
    }

    synchronized void failure(boolean trial) {
        failures++;
        if (failures >= threshold) {
            openUntil = clock.instant().plus(cooldown);
        }
        if (trial) {
            trialRunning = false;
        }
    }

    /** A request ended without telling whether the endpoint works (its caller gave up); a trial is tried again. */
    synchronized void abandon(boolean trial) {
        if (trial) {
            trialRunning = false;
        }
    }
}

package dev.interviewcoach.grader.llm.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Stops calling an endpoint that keeps failing. It counts grades, not requests: each call of
 * {@link ChatClient#complete} (one per grade, or per sample of a grade) is settled after its retries, and
 * after {@code threshold} failed grades in a row the circuit opens and grades fail at once, sending
 * nothing, for {@code cooldown}. Then exactly one trial
 * grade is let through (with its retries) while every other still fails at once, until the trial
 * settles: a success closes the circuit, a failure opens it for another cooldown, and a trial abandoned
 * by its caller lets the next grade be the trial. Time comes from the clock.
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
     * Lets a grade's request through, or fails at once while the circuit is open or its one trial is running.
     *
     * @return whether the grade is the trial after a cooldown, which the caller settles with
     *     {@link #success(boolean)}, {@link #failure(boolean)} or {@link #abandon(boolean)}
     * @throws LlmFailure while no request may be sent
     */
    synchronized boolean admit() {
        if (openUntil == null) {
            return false;
        }
        if (trialRunning) {
            throw new LlmFailure("the circuit is open after " + failures + " failed grades in a row (each after its "
                    + "retries); one trial grade's request is under way and no other request is sent until it settles");
        }
        if (clock.instant().isBefore(openUntil)) {
            throw new LlmFailure("the circuit is open after " + failures + " failed grades in a row (each after its "
                    + "retries); no request is sent until " + openUntil);
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

    /** A grade ended without telling whether the endpoint works (its caller gave up); a trial is tried again. */
    synchronized void abandon(boolean trial) {
        if (trial) {
            trialRunning = false;
        }
    }
}

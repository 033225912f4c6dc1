package dev.interviewcoach.grader.llm.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/**
 * How long one grade may still take, and whether its caller gave up: checked before every request and
 * every wait, so that a grade nobody waits for any more sends nothing more. Time comes from the clock;
 * a caller gives up by cancelling its future (which interrupts the grading thread) or interrupting it.
 */
final class Deadline {
    private final Clock clock;
    private final Duration budget;
    private final Instant end;
    private final BooleanSupplier cancelled;

    private Deadline(Clock clock, Duration budget, BooleanSupplier cancelled) {
        this.clock = clock;
        this.budget = budget;
        this.end = clock.instant().plus(budget);
        this.cancelled = cancelled;
    }

    /**
     * A deadline that starts now.
     *
     * @param clock the clock
     * @param budget the time the grade may take
     * @param cancelled whether the caller gave up
     * @return the deadline
     */
    static Deadline start(Clock clock, Duration budget, BooleanSupplier cancelled) {
        return new Deadline(clock, budget, cancelled);
    }

    /** The time left; zero once the deadline has passed. */
    Duration remaining() {
        var left = Duration.between(clock.instant(), end);
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** The time the grade was given in all. */
    Duration budget() {
        return budget;
    }

    /** Whether the caller gave up: its future was cancelled or its thread interrupted. */
    boolean cancelled() {
        return cancelled.getAsBoolean() || Thread.currentThread().isInterrupted();
    }

    /**
     * Fails when the caller gave up or the deadline has passed.
     *
     * @param after what the endpoint did last, for the message, e.g. "the server answered 500"; empty
     *     before any request
     * @throws LlmFailure when the grade must stop
     */
    void check(String after) {
        if (cancelled()) {
            throw LlmFailure.callers("grading was cancelled" + (after.isEmpty() ? "" : " after " + after)
                    + "; no further request is sent");
        }
        if (remaining().isZero()) {
            String why = "the grader's deadline of " + Durations.text(budget) + " (llm.deadline) has passed; no further "
                    + "request is sent";
            throw after.isEmpty() ? LlmFailure.callers(why) : new LlmFailure(after + ", and " + why);
        }
    }
}

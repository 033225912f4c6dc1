package dev.interviewcoach.core.internal.flow;

import dev.interviewcoach.api.LearnerId;
import dev.interviewcoach.api.VersionConflictException;
import dev.interviewcoach.core.LearnerBusyException;
import java.time.Duration;
import java.util.SplittableRandom;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * Retries a versioned write that lost a race: after a {@link VersionConflictException} it waits a
 * random time up to an exponentially growing cap ("full jitter", so competing sessions spread out
 * instead of colliding again), then tries again on fresh state, until the time budget would be
 * exceeded; then it gives up with a {@link LearnerBusyException}. The budget is measured in real
 * elapsed time, not by the coach's clock.
 */
final class Retry {
    private static final long FIRST_CAP_NANOS = 200_000;
    private static final long MAX_CAP_NANOS = 50_000_000;

    private final long budgetNanos;
    private final SplittableRandom random;

    Retry(Duration budget, long seed) {
        this.budgetNanos = budget.toNanos();
        this.random = new SplittableRandom(seed);
    }

    /**
     * Runs a write until it succeeds or the budget is spent.
     *
     * @param learnerId the learner, for the message
     * @param write one try: reads fresh state, writes; throws on a conflict
     * @param <T> the result
     * @return the result of the first try that wrote
     */
    <T> T run(LearnerId learnerId, Supplier<T> write) {
        return run(learnerId, "the step is still pending, so submit again", write);
    }

    /**
     * Runs a write until it succeeds or the budget is spent.
     *
     * @param learnerId the learner, for the message
     * @param then what still holds and what to do when the budget is spent, e.g. "the profile is as it
     *     was, so change it again"
     * @param write one try: reads fresh state, writes; throws on a conflict
     * @param <T> the result
     * @return the result of the first try that wrote
     */
    <T> T run(LearnerId learnerId, String then, Supplier<T> write) {
        long start = System.nanoTime();
        long cap = FIRST_CAP_NANOS;
        for (int tries = 1; ; tries++) {
            try {
                return write.get();
            } catch (VersionConflictException e) {
                long wait = jitter(cap);
                long elapsed = System.nanoTime() - start;
                if (elapsed + wait > budgetNanos) {
                    throw new LearnerBusyException("could not save learner " + learnerId + ": " + (tries == 1
                            ? "the one try" : tries + " tries") + " in " + elapsed / 1_000_000 + " ms "
                            + (tries == 1 ? "lost" : "all lost") + " to other sessions changing the same learner; "
                            + "nothing was stored and " + then, e);
                }
                LockSupport.parkNanos(wait);
                cap = Math.min(MAX_CAP_NANOS, cap * 2);
            }
        }
    }

    private long jitter(long cap) {
        synchronized (random) {
            return 1 + random.nextLong(cap);
        }
    }
}

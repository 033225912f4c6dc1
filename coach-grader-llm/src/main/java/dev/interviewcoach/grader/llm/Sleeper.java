package dev.interviewcoach.grader.llm;

import java.time.Duration;

/**
 * Waits between retries; injectable so that tests run without real waiting.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface Sleeper {
    /**
     * Waits for the given time.
     *
     * @param duration how long to wait; never negative
     * @throws InterruptedException when the waiting thread is interrupted
     */
    void sleep(Duration duration) throws InterruptedException;

    /**
     * The sleeper that really waits, with {@link Thread#sleep(long)}.
     *
     * @return the system sleeper
     */
    static Sleeper system() {
        return duration -> Thread.sleep(duration.toMillis());
    }
}

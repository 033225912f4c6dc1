package dev.interviewcoach.core.internal.flow;

import java.util.concurrent.Executor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The default grading executor: daemon threads made as needed and dropped after a minute idle, so a
 * grader that waits on the network never starves the host's own pools and never keeps the JVM alive.
 */
public final class GradingThreads {
    private static final Executor SHARED = create();

    private GradingThreads() {}

    /**
     * The shared default executor.
     *
     * @return the executor
     */
    public static Executor shared() {
        return SHARED;
    }

    private static Executor create() {
        var count = new AtomicInteger();
        return new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
            var thread = new Thread(r, "interview-coach-grader-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }
}

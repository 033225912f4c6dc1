package dev.interviewcoach.core.internal.flow;

import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where a grade is finished (its {@code ERROR} grade made, the answer stored, listeners called) when
 * the host's grading executor cannot: it refused the work, or a timeout waited there another timeout
 * because the graders that timed out hold all its threads. Two daemon threads of the coach's own,
 * started when first needed and stopped after half a minute without work; never the JDK's shared
 * timer thread, which every timeout in the JVM waits on.
 */
final class TimeoutThreads {
    private static final AtomicInteger COUNT = new AtomicInteger();

    static final Executor EXECUTOR = executor();

    private TimeoutThreads() {
    }

    private static Executor executor() {
        var pool = new ThreadPoolExecutor(2, 2, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), task -> {
            var thread = new Thread(task, "interview-coach-timeout-" + COUNT.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }
}

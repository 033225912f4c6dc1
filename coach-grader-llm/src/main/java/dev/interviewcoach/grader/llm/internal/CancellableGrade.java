package dev.interviewcoach.grader.llm.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * The future of one grade run on an executor, which its caller can stop: cancelling it makes the
 * grade send nothing more, and {@code cancel(true)} also interrupts the grading thread, which ends a
 * wait for a retry, a request slot or a response at once. (A plain {@code CompletableFuture} ignores
 * cancellation: the work would go on.) The thread's interrupt is cleared before it runs other work.
 *
 * @param <T> the result
 */
final class CancellableGrade<T> extends CompletableFuture<T> {
    private final Object lock = new Object();
    private Thread worker;
    private boolean interrupted;

    private CancellableGrade() {}

    /**
     * Runs the work on the executor.
     *
     * @param work the work, given a test of whether it was cancelled
     * @param executor where to run it
     * @param <T> the result
     * @return its future
     */
    static <T> CancellableGrade<T> start(Function<BooleanSupplier, T> work, Executor executor) {
        var future = new CancellableGrade<T>();
        try {
            executor.execute(() -> future.run(work));
        } catch (RejectedExecutionException e) {
            future.completeExceptionally(e);
        }
        return future;
    }

    private void run(Function<BooleanSupplier, T> work) {
        synchronized (lock) {
            if (isDone()) {
                return;
            }
            worker = Thread.currentThread();
        }
        try {
            complete(work.apply(this::isCancelled));
        } catch (RuntimeException | Error e) {
            completeExceptionally(e);
        } finally {
            synchronized (lock) {
                worker = null;
                if (interrupted) {
                    // our own interrupt, delivered before the lock was taken: the executor's thread goes on clean
                    Thread.interrupted();
                }
            }
        }
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        boolean cancelled = super.cancel(mayInterruptIfRunning);
        if (cancelled && mayInterruptIfRunning) {
            synchronized (lock) {
                if (worker != null) {
                    interrupted = true;
                    worker.interrupt();
                }
            }
        }
        return cancelled;
    }
}

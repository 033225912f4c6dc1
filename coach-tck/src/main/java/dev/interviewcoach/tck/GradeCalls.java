package dev.interviewcoach.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.api.Grade;
import dev.interviewcoach.spi.Grader;
import dev.interviewcoach.spi.GradingRequest;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * How one check of the grader kit calls graders: each grade within a time bound, and a grader that
 * throws, takes too long or returns null failing the check with what it was grading and what to do
 * instead. After a grade took too long the check asks for no more, each of which could wait as long.
 */
final class GradeCalls {
    /** Daemon threads for blocking grades, so that a grader that never returns cannot keep the JVM alive. */
    private static final ExecutorService THREADS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "grader-contract-grade");
        thread.setDaemon(true);
        return thread;
    });

    private final String check;
    private final Duration bound;
    private volatile String tooSlowOn;

    /**
     * Calls for one check.
     *
     * @param check the check's name, for the failure messages
     * @param bound the longest one grade may take
     */
    GradeCalls(String check, Duration bound) {
        this.check = check;
        this.bound = bound;
    }

    /** The longest one grade may take. */
    Duration bound() {
        return bound;
    }

    /** {@code grader.grade(request)} on another thread, waited for at most the bound. */
    Grade grade(Grader grader, GradingRequest request, String what) {
        refuseAfterTooSlow(grader, what);
        Future<Grade> call = THREADS.submit(() -> grader.grade(request));
        try {
            return nonNull(grader, call.get(bound.toNanos(), TimeUnit.NANOSECONDS), what);
        } catch (TimeoutException e) {
            call.cancel(true);
            throw tooSlow(grader, what, bound);
        } catch (ExecutionException e) {
            throw threw(grader, "grade(..)", what, e.getCause());
        } catch (InterruptedException e) {
            call.cancel(true);
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while " + grader.id() + " graded " + what + " in " + check, e);
        }
    }

    /**
     * {@code grader.gradeAsync(request, executor)}, its grade waited for at most {@code wait} (the bound,
     * or more where the kit's own executor queues grades).
     */
    Grade gradeAsync(Grader grader, GradingRequest request, Executor executor, Duration wait, String what) {
        refuseAfterTooSlow(grader, what);
        CompletionStage<Grade> stage;
        try {
            stage = grader.gradeAsync(request, executor);
        } catch (RuntimeException | Error e) {
            throw threw(grader, "gradeAsync(..)", what, e);
        }
        assertThat(stage).as("gradeAsync(..) of %s in %s", what, check).isNotNull();
        CompletableFuture<Grade> future = stage.toCompletableFuture();
        try {
            return nonNull(grader, future.get(wait.toNanos(), TimeUnit.NANOSECONDS), "gradeAsync(..) of " + what);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw tooSlow(grader, what, wait);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof CompletionException c && c.getCause() != null ? c.getCause() : e.getCause();
            throw threw(grader, "gradeAsync(..)", what, cause);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for " + grader.id() + " to grade " + what + " in " + check, e);
        }
    }

    /** The grade, failing with what to do instead when the grader returned none. */
    Grade nonNull(Grader grader, Grade grade, String what) {
        if (grade == null) {
            throw new AssertionError(grader.id() + " returned null for " + what + " in the check " + check + ": a grader "
                    + "always returns a Grade (Grade.abstain(..) when it declines to grade, Grade.error(..) when it fails)");
        }
        return grade;
    }

    private AssertionError threw(Grader grader, String call, String what, Throwable error) {
        String instead = call.startsWith("gradeAsync") ? "complete its future with" : "return";
        return new AssertionError(grader.id() + "'s " + call + " threw " + error.getClass().getName() + " on " + what
                + " in the check " + check + ": a grader must not throw (the coach keeps nothing of an exception but "
                + "its type, and grades the answer as a failure). Catch what fails and " + instead + " Grade.error(id(), "
                + "version(), \"what went wrong\") instead, or Grade.abstain(..) when the grader declines to grade",
                error);
    }

    private AssertionError tooSlow(Grader grader, String what, Duration waited) {
        tooSlowOn = what;
        return new AssertionError(grader.id() + " took longer than " + readable(waited) + " to grade " + what
                + " in the check " + check + ": the coach would time out on every answer like this one and keep it "
                + "ungraded, as it stops waiting for a grade after its grader timeout (" + readable(bound) + ", the "
                + "kit's gradeTimeout(); " + readable(GraderContract.DEFAULT_GRADE_TIMEOUT) + " by default, as "
                + "Coach.builder().graderTimeout(..)). Bound the grader's own work (time out its requests sooner) and "
                + "return Grade.error(..) when it runs out of time");
    }

    private void refuseAfterTooSlow(Grader grader, String what) {
        if (tooSlowOn != null) {
            throw new AssertionError(grader.id() + " was not asked to grade " + what + " in the check " + check
                    + ": it already took longer than " + readable(bound) + " to grade " + tooSlowOn);
        }
    }

    static String readable(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }
}

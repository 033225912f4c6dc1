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
 * throws, builds an invalid grade, takes too long (or holds the caller of {@code gradeAsync(..)}) or
 * returns null failing the check with what it was grading and what to do instead. After a grade took
 * too long the check asks for no more, each of which could wait as long.
 */
final class GradeCalls {
    /**
     * Daemon threads for blocking grades and for calls of {@code gradeAsync(..)}, so that a grader that never
     * returns cannot keep the JVM alive.
     */
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
     * {@code grader.gradeAsync(request, executor)}, called on another thread and timed from before the
     * call: the call must return within {@link #returnBound()} (its work belongs on the executor) and its
     * grade come within {@code wait} of the call (the bound, or more where the kit's own executor queues
     * grades).
     */
    Grade gradeAsync(Grader grader, GradingRequest request, Executor executor, Duration wait, String what) {
        refuseAfterTooSlow(grader, what);
        long start = System.nanoTime();
        Duration returnBound = returnBound();
        Future<CompletionStage<Grade>> call = THREADS.submit(() -> grader.gradeAsync(request, executor));
        CompletionStage<Grade> stage;
        try {
            stage = call.get(returnBound.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            call.cancel(true);
            throw returnedLate(grader, what, returnBound);
        } catch (ExecutionException e) {
            throw threw(grader, "gradeAsync(..)", what, e.getCause());
        } catch (InterruptedException e) {
            call.cancel(true);
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while " + grader.id() + "'s gradeAsync(..) was called on " + what
                    + " in " + check, e);
        }
        assertThat(stage).as("gradeAsync(..) of %s in %s", what, check).isNotNull();
        CompletableFuture<Grade> future = stage.toCompletableFuture();
        long left = Math.max(0, wait.toNanos() - (System.nanoTime() - start));
        try {
            return nonNull(grader, future.get(left, TimeUnit.NANOSECONDS), "gradeAsync(..) of " + what);
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

    /**
     * The longest a call of {@code gradeAsync(..)} may take to return its future: {@link
     * GraderContract#ASYNC_RETURN_BOUND}, or the bound when that is shorter.
     */
    Duration returnBound() {
        return bound.compareTo(GraderContract.ASYNC_RETURN_BOUND) < 0 ? bound : GraderContract.ASYNC_RETURN_BOUND;
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
        if (refusedByTheApi(error)) {
            return new AssertionError(grader.id() + "'s " + call + " built an invalid grade on " + what + " in the check "
                    + check + ": the api refused it with " + error.getClass().getName() + " \"" + error.getMessage()
                    + "\". Keep every grade valid: the score, each criterion's credit and each dimension's score in "
                    + "[0, 1] (clamp what you compute), a score exactly when the status is OK, no null parts", error);
        }
        String instead = call.startsWith("gradeAsync") ? "complete its future with" : "return";
        return new AssertionError(grader.id() + "'s " + call + " threw " + error.getClass().getName() + " on " + what
                + " in the check " + check + ": a grader must not throw (the coach keeps nothing of an exception but "
                + "its type, and grades the answer as a failure). Catch what fails and " + instead + " Grade.error(id(), "
                + "version(), \"what went wrong\") instead, or Grade.abstain(..) when the grader declines to grade",
                error);
    }

    /**
     * Whether an exception is the api refusing a value: an IllegalArgumentException or NullPointerException
     * whose first frame outside the JDK is in a class of {@code dev.interviewcoach.api} (a constructor of
     * Grade, CriterionResult, DimensionResult..., which validate what they are given).
     */
    static boolean refusedByTheApi(Throwable error) {
        if (!(error instanceof IllegalArgumentException || error instanceof NullPointerException)) {
            return false;
        }
        for (StackTraceElement frame : error.getStackTrace()) {
            String type = frame.getClassName();
            if (!type.startsWith("java.") && !type.startsWith("jdk.") && !type.startsWith("sun.")) {
                return type.startsWith("dev.interviewcoach.api.");
            }
        }
        return false;
    }

    private AssertionError tooSlow(Grader grader, String what, Duration waited) {
        tooSlowOn = what;
        return new AssertionError(grader.id() + " took longer than " + readable(waited) + " to grade " + what
                + " in the check " + check + ": " + coachTimesOut() + ". Bound the grader's own work (time out its "
                + "requests sooner) and return Grade.error(..) when it runs out of time");
    }

    private AssertionError returnedLate(Grader grader, String what, Duration waited) {
        tooSlowOn = what;
        return new AssertionError(grader.id() + " took longer than " + readable(waited) + " to return from gradeAsync(..) "
                + "on " + what + " in the check " + check + ": gradeAsync(..) must return its future at once and grade "
                + "on the executor it is given (e.g. CompletableFuture.supplyAsync(() -> grade(request), executor)). "
                + "The coach calls it on one of its grading threads and times it from before the call: work done "
                + "before returning holds that thread, which other learners' answers wait for, and a grade that comes "
                + "only with the return is as late as any other. Hosts that call graders themselves may call it on "
                + "their own threads. For the grade itself, " + coachTimesOut());
    }

    /** The kit's explanation of its bound. */
    private String coachTimesOut() {
        return "the coach would time out on every answer like this one and keep it ungraded, as it stops waiting for "
                + "a grade after its grader timeout (" + readable(bound) + ", the kit's gradeTimeout(); "
                + readable(GraderContract.DEFAULT_GRADE_TIMEOUT) + " by default, as Coach.builder().graderTimeout(..))";
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

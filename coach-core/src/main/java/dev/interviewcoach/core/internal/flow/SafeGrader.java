package dev.interviewcoach.core.internal.flow;

import dev.interviewcoach.api.Grade;
import dev.interviewcoach.core.GradingRefusedException;
import dev.interviewcoach.core.internal.grading.GradeFit;
import dev.interviewcoach.spi.Grader;
import dev.interviewcoach.spi.GraderCapability;
import dev.interviewcoach.spi.GradingRequest;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The coach's one crash net around its grader: whatever the grader does (throws, returns null,
 * never answers), the answer flow gets a grade, an {@code ERROR} grade that says what went wrong
 * rather than a zero.
 *
 * <p>Grading runs through {@link Grader#gradeAsync} on the coach's grading executor with the
 * configured timeout. A grader that declares {@link GraderCapability#IN_PROCESS} (and not the
 * network) is bounded work in process (the answer size is limited too), so a blocking submit runs it
 * on the calling thread instead of paying a hand-off to another thread; the timeout cannot interrupt
 * such a grader, and {@code submitAsync} never runs it on the caller. Every other grader, whatever
 * else it declares, runs under the timeout.
 */
public final class SafeGrader {
    /** A logger name hosts can rely on (the class is internal): grader failures, timeouts, unfit grades. */
    private static final Logger LOG = LoggerFactory.getLogger("dev.interviewcoach.grading");

    private final Grader grader;
    private final Duration timeout;
    private final Executor executor;
    private final boolean local;
    private final boolean offlineDeterministic;
    private final SafeGrader fallback;

    /**
     * Wraps a grader.
     *
     * @param grader the grader
     * @param timeout how long a grade may take
     * @param executor where graders run
     */
    public SafeGrader(Grader grader, Duration timeout, Executor executor) {
        this(grader, timeout, executor, null);
    }

    private SafeGrader(Grader grader, Duration timeout, Executor executor, SafeGrader fallback) {
        this.fallback = fallback;
        this.grader = Objects.requireNonNull(grader, "grader");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.executor = Objects.requireNonNull(executor, "executor");
        var capabilities = grader.capabilities();
        this.local = capabilities.contains(GraderCapability.IN_PROCESS)
                && !capabilities.contains(GraderCapability.NEEDS_NETWORK);
        this.offlineDeterministic = capabilities.contains(GraderCapability.DETERMINISTIC)
                && !capabilities.contains(GraderCapability.NEEDS_NETWORK);
    }

    /**
     * This grader, handing an answer to another (itself safe-wrapped) when it fails, abstains or
     * times out; the fallback's grade says in its message what happened first.
     *
     * @param next the fallback
     * @return the grader with the fallback
     */
    public SafeGrader orElse(SafeGrader next) {
        return new SafeGrader(grader, timeout, executor, Objects.requireNonNull(next, "next"));
    }

    /**
     * Whether the wrapped grader does bounded work in process (and so runs on the calling thread).
     *
     * @return true for a grader that declares {@link GraderCapability#IN_PROCESS} and not the network
     */
    public boolean local() {
        return local;
    }

    /**
     * Whether the wrapped grader is deterministic and needs no network: a second reading of an answer
     * costs little and cannot give another grade by chance.
     *
     * @return true for a deterministic grader that declares no network
     */
    public boolean offlineDeterministic() {
        return offlineDeterministic;
    }

    /**
     * The wrapped grader's id.
     *
     * @return the id
     */
    public String id() {
        return grader.id();
    }

    /**
     * A grade, and the grade of this grader when it did not score and its fallback graded instead.
     *
     * @param grade the grade to use
     * @param declined this grader's own unscored grade ({@code ERROR} or {@code ABSTAIN}) when the
     *     fallback graded; empty when this grader's grade is {@code grade}
     */
    public record Outcome(Grade grade, Optional<Grade> declined) {
        /** Validates the components. */
        public Outcome {
            Objects.requireNonNull(grade, "grade");
            Objects.requireNonNull(declined, "declined");
        }

        static Outcome own(Grade grade) {
            return new Outcome(grade, Optional.empty());
        }
    }

    /**
     * Grades without blocking: on the grading executor, with the timeout.
     *
     * @param request the challenge and answer
     * @return the grade, never failing
     */
    public CompletableFuture<Outcome> gradeAsync(GradingRequest request) {
        var own = gradeOwnAsync(request);
        return cancelsUpstream(fallback == null ? own.thenApply(Outcome::own) : own.thenCompose(grade -> grade.isScored()
                ? CompletableFuture.completedFuture(Outcome.own(grade))
                : fallback.gradeAsync(request).thenApply(other -> new Outcome(handedOver(grade, other.grade()),
                        Optional.of(grade)))), own);
    }

    /**
     * The future {@code downstream}, which when cancelled cancels {@code upstream} as well: a
     * {@link CompletableFuture}'s cancel does not reach the stages it depends on, and a caller who gives
     * up on a grade should stop the grader's work, not only stop waiting for it.
     *
     * @param downstream the future handed to the caller
     * @param upstream the future it depends on
     * @param <T> the downstream's value
     * @return {@code downstream}
     */
    public static <T> CompletableFuture<T> cancelsUpstream(CompletableFuture<T> downstream, CompletableFuture<?> upstream) {
        downstream.whenComplete((value, error) -> {
            if (downstream.isCancelled()) {
                upstream.cancel(true);
            }
        });
        return downstream;
    }

    private CompletableFuture<Grade> gradeOwnAsync(GradingRequest request) {
        // the grader is called on the grading executor, and the timeout runs from before the call: a
        // grader that does its blocking work inside gradeAsync before returning (a remote call made there
        // rather than in the future it returns) neither blocks the host's thread nor escapes the timeout
        var own = new CompletableFuture<Grade>();
        var stage = new java.util.concurrent.atomic.AtomicReference<CompletionStage<Grade>>();
        try {
            executor.execute(() -> start(request, own, stage));
        } catch (RejectedExecutionException e) {
            // the grading executor is shut down (a host stopping or redeploying): nothing could grade the
            // answer, so it is not stored as an ungraded attempt that would use up the learner's step
            return CompletableFuture.failedFuture(refused(e));
        }
        // finished on the grading executor: a timeout completes the future on the JDK's one shared timer
        // thread, which must not go on to store the answer and call listeners for every learner in turn.
        // But a host's bounded grading executor may have every thread held by the very graders that
        // timed out: a timeout not started there within another timeout is finished on the coach's own
        // threads, and so is any grade the executor refuses (a host shutting it down).
        var result = new CompletableFuture<Grade>();
        own.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS).whenComplete((grade, error) -> {
            // a grader still at work when the coach stops waiting (or its caller cancelled the grading) is
            // told so before anyone hears of the grade: its future is cancelled, and a grader that honours
            // cancellation (the LLM grader does) sends no more requests for a grade no one reads
            if (error instanceof TimeoutException || error instanceof CancellationException) {
                cancel(stage.get());
            }
            if (error instanceof GradingRefusedException refused) {
                result.completeExceptionally(refused);
                return;
            }
            var started = new AtomicBoolean();
            Runnable finish = () -> {
                if (started.compareAndSet(false, true)) {
                    result.complete(error != null ? failure(request, error) : grade != null
                            ? checked(grade, request) : noGrade());
                }
            };
            try {
                executor.execute(finish);
            } catch (RejectedExecutionException e) {
                TimeoutThreads.EXECUTOR.execute(finish);
                return;
            }
            if (error instanceof TimeoutException) {
                CompletableFuture.delayedExecutor(timeout.toMillis(), TimeUnit.MILLISECONDS, TimeoutThreads.EXECUTOR)
                        .execute(finish);
            }
        });
        return cancelsUpstream(result, own);
    }

    /**
     * Calls the grader, on the grading executor, and completes {@code own} with what it gives: its grade
     * when its stage completes, or what it threw. A stage that comes after the coach stopped waiting is
     * cancelled at once.
     */
    private void start(GradingRequest request, CompletableFuture<Grade> own,
            java.util.concurrent.atomic.AtomicReference<CompletionStage<Grade>> stage) {
        if (own.isDone()) {
            return; // timed out or cancelled before the executor ran the call
        }
        CompletionStage<Grade> started;
        try {
            started = grader.gradeAsync(request, executor);
        } catch (RejectedExecutionException e) {
            own.completeExceptionally(refused(e));
            return;
        } catch (Exception | AssertionError | StackOverflowError | LinkageError e) {
            own.completeExceptionally(e);
            return;
        }
        if (started == null) {
            own.complete(null);
            return;
        }
        stage.set(started);
        if (own.isDone()) {
            cancel(started);
            return;
        }
        started.whenComplete((grade, error) -> {
            if (error != null) {
                own.completeExceptionally(error);
            } else {
                own.complete(grade);
            }
        });
    }

    /** The refusal of an answer's grading by the grading executor: nothing was graded or stored. */
    private static GradingRefusedException refused(RejectedExecutionException cause) {
        return new GradingRefusedException("the grading executor refused to grade the answer (is it shut down?); "
                + "nothing was graded or stored: submit it again once the coach's grading executor runs", cause);
    }

    private static void cancel(CompletionStage<Grade> stage) {
        if (stage == null) {
            return; // the grader has not returned its stage yet: it is cancelled when it does
        }
        try {
            stage.toCompletableFuture().cancel(true);
        } catch (RuntimeException e) {
            // a stage that cannot be cancelled (or whose cancel throws) is left to finish on its own
        }
    }

    /**
     * Grades, blocking the caller until the grade is there or the timeout has passed; an offline,
     * deterministic grader runs on the calling thread.
     *
     * @param request the challenge and answer
     * @return the grade, never failing
     */
    public Outcome grade(GradingRequest request) {
        Grade grade = gradeOwn(request);
        return fallback == null || grade.isScored() ? Outcome.own(grade)
                : new Outcome(handedOver(grade, fallback.grade(request).grade()), Optional.of(grade));
    }

    private Grade handedOver(Grade first, Grade other) {
        String why = grader.id() + " " + first.status() + first.message().map(m -> " (" + m + ")").orElse("");
        return other.withMessage(other.message().map(m -> m + "; ").orElse("") + "graded by " + other.graderId()
                + " after " + why);
    }

    private Grade gradeOwn(GradingRequest request) {
        if (!local) {
            var own = gradeOwnAsync(request);
            try {
                return own.get();
            } catch (InterruptedException e) {
                // the host stopped waiting (a request cancelled, a shutdown): like a cancelled submitAsync,
                // nothing is stored, so the learner's step stays open, and the thread stays interrupted
                own.cancel(true);
                Thread.currentThread().interrupt();
                throw new dev.interviewcoach.api.CoachException("the thread waiting for the grade was interrupted; "
                        + "nothing was graded or stored, and the step stays open", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof GradingRefusedException refused) {
                    throw refused;
                }
                return failure(request, e.getCause());
            }
        }
        try {
            Grade grade = grader.grade(request);
            return grade != null ? checked(grade, request) : noGrade();
        } catch (Exception | AssertionError | StackOverflowError | LinkageError e) {
            return failure(request, e);
        }
    }

    /**
     * A scored grade that fits its question, or an error that says what does not fit: evidence spans
     * inside the answer; dimensions and misconceptions the question has; criteria the question has, or
     * only parts of the grader's own (never a mix); signed by the grader. A host that highlights evidence
     * or looks up a misconception can rely on them; a criterion id is the rubric's whenever any of a
     * grade's is. The same check as {@code Graders.fallback} and {@code Graders.composite} make of each member.
     */
    private Grade checked(Grade grade, GradingRequest request) {
        return GradeFit.bounded(GradeFit.checked(grader, grade, request));
    }

    private Grade noGrade() {
        return Grade.error(grader.id(), grader.version(), "the grader " + grader.id() + " returned no grade");
    }

    private Grade failure(GradingRequest request, Throwable error) {
        Throwable cause = error;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof TimeoutException) {
            LOG.warn("grader {} timed out after {} ms on challenge {}", grader.id(), timeout.toMillis(),
                    request.challenge().id());
            return Grade.error(grader.id(), grader.version(), "the grader " + grader.id() + " timed out: no grade within "
                    + timeout.toMillis() + " ms");
        }
        if (cause instanceof java.util.concurrent.CancellationException) {
            // the host gave up on the grade (a user who navigated away): nothing failed, so no warning to page on
            LOG.debug("grading by {} on challenge {} was cancelled by the caller", grader.id(), request.challenge().id());
            return Grade.error(grader.id(), grader.version(), "the grading by " + grader.id() + " was cancelled");
        }
        // The exception's message may quote the answer: its type and where it was thrown are logged (the
        // stack without any message), its type kept in the grade.
        LOG.warn("grader {} failed on challenge {} with {}", grader.id(), request.challenge().id(),
                cause.getClass().getName(), WithheldMessage.of(cause));
        return Grade.error(grader.id(), grader.version(), "the grader " + grader.id() + " failed with "
                + cause.getClass().getName());
    }
}

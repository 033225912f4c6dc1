package dev.interviewcoach.spi;

import dev.interviewcoach.api.Grade;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

/**
 * Grades one answer against one challenge.
 *
 * <p>Implementations must be thread-safe, must return a score in [0, 1] for any answer text
 * (empty, huge, binary, hostile) and report failure as a {@link dev.interviewcoach.api.GradeStatus#ERROR}
 * grade rather than a zero. {@code coach-tck}'s {@code GraderContract} checks all of that.
 *
 * <p>What the coach does with a grader's output:
 * <ul>
 *   <li>A scored grade must fit its challenge, or the coach records an ERROR grade in its place (and
 *       logs why): criteria of the challenge's rubric (or, for a grader that does not grade by the
 *       rubric, only parts of its own, never a mix), each criterion, dimension and misconception at
 *       most once, dimensions and misconceptions the challenge has, and evidence spans inside the
 *       answer.</li>
 *   <li>An exception thrown by the grader (or an {@link AssertionError}, a {@link StackOverflowError}
 *       or a {@link LinkageError}) becomes an ERROR grade naming the exception's type. Its message is
 *       neither stored nor logged, since it may quote the answer; the stack trace is logged without
 *       messages. Put what a grader's author needs in the type, or log it from the grader itself
 *       without the answer's text.</li>
 *   <li>A feedback, message or criterion feedback longer than 20,000 characters is cut there, and the
 *       cut text says so: it is stored with every attempt and shown to the learner.</li>
 *   <li>Past the coach's grader timeout the coach stops waiting and records an ERROR grade, but it
 *       does not stop the grader: a grader that calls a service sets its own request timeouts below
 *       the coach's.</li>
 * </ul>
 *
 * @since 0.1
 */
public interface Grader {
    /**
     * A stable identifier, e.g. {@code rubric}.
     *
     * @return the id
     */
    String id();

    /**
     * The grader's version; a grade records it so old grades stay explainable.
     *
     * @return the version
     */
    String version();

    /**
     * What this grader promises or needs. The default, {@link GraderCapability#DETERMINISTIC} alone,
     * says equal requests get equal grades; such a grader runs on the coach's grading executor under
     * the grader timeout, like every grader that does not declare {@link GraderCapability#IN_PROCESS}
     * (bounded work in process, run on the calling thread of a blocking {@code submit}, where no
     * timeout can stop it): a grader that calls a service is timed out whether or not its author
     * declared {@link GraderCapability#NEEDS_NETWORK}. The coach also reads a follow-up answer
     * that a deterministic grader partly credits a second time, against the whole criterion
     * ({@link dev.interviewcoach.api.Challenge#followUpOnWholeCriterion}), and keeps the better grade: a
     * grader whose grade of the same answer may vary (a model, a random draw) must drop
     * {@code DETERMINISTIC}, or that second reading becomes a second chance. The grader kit checks the
     * promise.
     *
     * @return the capabilities; deterministic by default
     */
    default Set<GraderCapability> capabilities() {
        return EnumSet.of(GraderCapability.DETERMINISTIC);
    }

    /**
     * Grades an answer.
     *
     * @param request the challenge and the answer
     * @return the grade; never null
     */
    Grade grade(GradingRequest request);

    /**
     * Grades an answer asynchronously; graders that call remote services override this.
     *
     * @param request the challenge and the answer
     * @param executor where to run the work
     * @return the grade, later
     */
    default CompletionStage<Grade> gradeAsync(GradingRequest request, Executor executor) {
        return CompletableFuture.supplyAsync(() -> grade(request), executor);
    }
}

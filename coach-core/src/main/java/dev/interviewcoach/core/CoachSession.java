package dev.interviewcoach.core;

import dev.interviewcoach.api.Answer;
import dev.interviewcoach.api.LearnerId;
import dev.interviewcoach.api.LearnerProfile;
import dev.interviewcoach.api.LearnerState;
import dev.interviewcoach.api.StepReason;
import dev.interviewcoach.api.Track;
import dev.interviewcoach.core.internal.flow.AnswerFlow;
import dev.interviewcoach.core.internal.flow.SafeGrader;
import dev.interviewcoach.core.internal.flow.TrackView;
import dev.interviewcoach.core.internal.memory.ReviewScheduler;
import dev.interviewcoach.core.internal.readiness.ReadinessReport;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;

/**
 * One learner practising one track: {@link #next()} asks, {@link #submit(String, Answer)} grades the
 * answer to that step, updates the learner model and stores the attempt and the new state in one
 * atomic, versioned write.
 *
 * <p>The step shown is kept in the learner's state until it is answered, so every session of the
 * learner (two devices, or a session opened after a restart) gets the same step with the same id,
 * step numbers continue across sessions, and an answer to a step answered meanwhile is rejected with
 * a {@link StaleStepException} instead of being graded against another question.
 *
 * <p>A learner not yet placed on the track starts with a short adaptive diagnosis ({@link
 * StepReason#DIAGNOSTIC} steps; see {@link #diagnosisProgress()}); its last answer stores the
 * placements. Then reviews that are due come first ({@link StepReason#REVIEW}, days from the coach's
 * clock), then practice at each concept's frontier.
 *
 * <p>Nothing here holds a lock while grading: {@link #submitAsync} returns at once, and {@link
 * #state()}, {@link #diagnosisProgress()} and {@link #readiness()} read the store without waiting for
 * a grade in progress. Several sessions of the same learner may submit at once: a write that loses
 * the race is re-applied on fresh state after a short random wait, so no update is lost. A step takes
 * one answer: when two sessions answer the same step at once, the first stored wins and the other gets
 * a {@link StaleStepException}, its answer not stored. A session is thread-safe.
 *
 * <p>A learner deleted from the store ({@link dev.interviewcoach.spi.MemoryStore#delete}) while a session
 * of theirs is open stays deleted: once the session has shown them a step, its calls that would store
 * the learner throw {@link LearnerDeletedException} instead of starting them afresh. A session opened
 * after the deletion starts the same id as a new learner.
 *
 * @since 0.1
 */
public final class CoachSession {
    private final AnswerFlow flow;
    private final ReviewScheduler scheduler;
    private final int diagnosisBudget;
    private final LearnerId learnerId;
    private final TrackView track;
    private volatile Step shown;
    /** The steps an answer of this session is being graded for. */
    private final java.util.Set<String> grading = java.util.concurrent.ConcurrentHashMap.newKeySet();

    CoachSession(AnswerFlow flow, ReviewScheduler scheduler, int diagnosisBudget, LearnerId learnerId, TrackView track) {
        this.flow = flow;
        this.scheduler = scheduler;
        this.diagnosisBudget = diagnosisBudget;
        this.learnerId = learnerId;
        this.track = track;
    }

    /**
     * The learner of this session.
     *
     * @return the learner
     */
    public LearnerId learnerId() {
        return learnerId;
    }

    /**
     * The track of this session.
     *
     * @return the track
     */
    public Track track() {
        return track.track();
    }

    /**
     * The learner's current state (as stored, or initial for a new learner): a learner the store does
     * not hold on this track has {@code storeVersion() == 0}, which is how a host tells whether the id
     * is known without loading the learner's attempts.
     *
     * @return the state
     */
    public LearnerState state() {
        return flow.learners().load(learnerId, track);
    }

    /**
     * The learner's profile, as stored with the learner on this track.
     *
     * @return the profile
     */
    public LearnerProfile profile() {
        return state().profile();
    }

    /**
     * Changes the learner's profile and stores it (retried if another session changes the learner
     * at the same time); the pending step stays.
     *
     * <pre>{@code
     * session.updateProfile(p -> p.withInterviewDate(LocalDate.of(2027, 1, 15)).withPressure(true));
     * }</pre>
     *
     * @param change how to change the profile
     * @return the stored profile
     * @throws IllegalArgumentException when the change focuses on a concept or topic the track lacks,
     *     sets an interview date already past, or makes the profile's text (role, stack, preferences,
     *     focus) longer than 16,384 characters in all; nothing is changed
     * @throws NullPointerException when {@code change} is null or returns null
     * @throws LearnerBusyException when other sessions kept changing the learner until the save gave
     *     up; nothing is changed and calling again works
     * @throws LearnerDeletedException when the learner was deleted from the store after this session showed
     *     them a step; nothing is stored
     */
    public LearnerProfile updateProfile(UnaryOperator<LearnerProfile> change) {
        return flow.learners().updateProfile(learnerId, track, change, shown != null);
    }

    /**
     * Restarts the learner's placement diagnosis on this track: the next steps are diagnostic again and
     * their last answer stores new placements. Earlier answers stay in the store as history but are no
     * evidence for the new diagnosis; mastery earned in practice stays. Rungs held on the old placements
     * alone stop counting at once (the returned state holds one reset placement per concept, with no rung
     * and confidence 0, until the new ones are stored), so {@link #readiness()} drops until the new diagnosis ends: a rough figure
     * during a diagnosis is not reported as held.
     *
     * @return the stored state, diagnosing
     * @throws LearnerDeletedException when the learner was deleted from the store after this session showed
     *     them a step; nothing is stored
     * @since 0.1
     */
    public LearnerState rediagnose() {
        var stored = flow.learners().rediagnose(learnerId, track, shown != null);
        shown = null;
        return stored;
    }

    /**
     * How far the learner's placement diagnosis on this track has come.
     *
     * @return the progress; complete once the learner is placed
     */
    public DiagnosisProgress diagnosisProgress() {
        return flow.learners().progress(learnerId, track, diagnosisBudget);
    }

    /**
     * The learner's readiness on this track: per concept the rung held and how, mastery per rung with
     * its evidence, confirmed misconceptions and the next review, and overall readiness for the
     * interview date in the profile.
     *
     * @return the readiness, as of today by the coach's clock
     */
    public Readiness readiness() {
        return ReadinessReport.of(track.track(), state(), scheduler, flow.today());
    }

    /**
     * Where the learner stands with each boss question of this track: passed, open, or waiting and on
     * what, concept by concept. It is decided by the rule {@link #next()} asks a boss question by, so a
     * host's boss screen says what the session does. Reads only; an open boss question is asked by
     * {@link #next()} once the steps that come before it (the pending step, due reviews, a follow-up or
     * a recovery) are done.
     *
     * @return one status per boss question, in the track's order (empty for a track without one)
     * @since 0.1
     */
    public java.util.List<BossStatus> bosses() {
        return flow.bosses().bosses(learnerId, track);
    }

    /**
     * Asks a boss question the learner has passed once more (a passed boss question does not come back
     * by itself): it becomes the pending step, in place of the one pending before, whose answer is then
     * refused as replaced; when it is pending already, that step. The answer counts as the learner's
     * latest on it: one that does not pass makes it wait, as any missed boss question does, until the
     * concept it was weakest on improves.
     *
     * @param challengeId the boss question, as in {@link BossStatus#challengeId()}
     * @return the step; its time counts from now
     * @throws IllegalArgumentException when the track has no such boss question
     * @throws IllegalStateException when it is not {@link BossStatus.State#PASSED}, or while the learner
     *     is being placed by the diagnosis
     * @throws LearnerBusyException when other sessions kept changing the learner until the save gave up
     * @since 0.1
     */
    public Step askBossAgain(String challengeId) {
        var step = flow.bosses().askBossAgain(learnerId, track, challengeId);
        shown = step;
        return step;
    }

    /**
     * The step to answer now: the learner's pending step, or a new one chosen and stored when there is
     * none. Asking again before answering returns the same step, in this session and in any other, on
     * any later day too. The time an answer takes counts from the first call that returns the step:
     * the feedback on an answer already names the next step, and the reading of that feedback does not
     * count against the next question's time limit; a step first shown on an earlier day counts from
     * when it is shown again. A host that shows {@link Feedback#next()} without calling this, or
     * measures time itself, passes {@link Answer#withTimeTaken}.
     *
     * @return the step, or empty when the track has nothing left to ask
     * @throws LearnerBusyException when other sessions kept changing the learner until the save of a new
     *     step gave up
     * @throws dev.interviewcoach.api.StoreException when the store fails to load the learner or to save
     *     the chosen step; nothing was changed
     * @throws LearnerDeletedException when the learner was deleted from the store after this session showed
     *     them a step; nothing is stored
     */
    public Optional<Step> next() {
        var step = flow.learners().next(learnerId, track, Optional.ofNullable(shown));
        step.ifPresent(s -> shown = s);
        return step;
    }

    /**
     * The learner's pending step, if there is one, without choosing a new one: what a host resumes
     * after a restart. Like {@link #next()}, it shows the step: its time counts from the first call of
     * either that returns it (and from when it is shown again on a later day).
     *
     * @return the pending step, or empty
     * @throws LearnerBusyException when other sessions kept changing the learner until the save of when
     *     the step was shown gave up
     * @throws dev.interviewcoach.api.StoreException when the store fails; nothing was changed
     * @throws LearnerDeletedException when the learner was deleted from the store after this session showed
     *     them a step; nothing is stored
     */
    public Optional<Step> pending() {
        var step = flow.learners().pending(learnerId, track, Optional.ofNullable(shown));
        step.ifPresent(s -> shown = s);
        return step;
    }

    /**
     * Grades an answer to a step, updates and stores the learner, and says what comes next.
     *
     * @param stepId the {@linkplain Step#id() id} of the step answered
     * @param answer the answer
     * @return the feedback
     * @throws StaleStepException when the step is not the learner's current step, another session's
     *     answer to it was stored first, or this session is still grading an answer to it; nothing is
     *     stored
     * @throws AnswerTooLargeException when the answer is over the coach's size limit; nothing is graded
     * @throws LearnerDeletedException when the learner was deleted from the store after this session showed
     *     them a step; nothing is stored
     * @throws LearnerBusyException when other sessions kept changing the learner until the save gave
     *     up; nothing is stored and submitting again works
     * @throws dev.interviewcoach.api.StoreException when the store fails (the database down, a full
     *     disk); the answer was graded but, as the store's message says, not stored (submitting again
     *     works once the store does) or, rarely, of unknown outcome: then call {@link #next()} before
     *     answering again (a {@link StaleStepException} on a second submit means the first was stored)
     * @throws GradingRefusedException when the coach's grading executor refuses the grading (a host
     *     shutting it down); nothing is graded or stored and the step stays open
     * @throws dev.interviewcoach.api.CoachException when the calling thread is interrupted while it waits
     *     for a grader that runs on the grading executor (one that needs the network); the grading is
     *     cancelled, nothing is stored, the step stays open and the thread stays interrupted
     * @throws IllegalArgumentException when the answer's text is {@linkplain Answer#isBlank() blank} (white
     *     space, no-break spaces, control or zero-width characters only) and it is not a {@linkplain
     *     Answer#skip() skip}: nothing is graded or stored (an accidental empty submit costs nothing; to
     *     skip the question, submit {@link Answer#skip()} or call {@link #skip(String)}), or when it
     *     counts more {@linkplain Answer#hintsUsed() hints used} than the step's question has: nothing is
     *     graded or stored
     * @throws NullPointerException when {@code stepId} or {@code answer} is null
     */
    public Feedback submit(String stepId, Answer answer) {
        claim(stepId);
        try {
            return remember(flow.submit(learnerId, track, stepId, answer, Optional.ofNullable(shown)));
        } finally {
            grading.remove(stepId);
        }
    }

    /**
     * Marks a step as being answered in this session; a second answer to it while the first is graded
     * (a double click, a retry fired before the first came back) is refused at once, before it is
     * graded, instead of racing the first to the store, where the later one could win.
     */
    private void claim(String stepId) {
        Objects.requireNonNull(stepId, "stepId");
        if (!grading.add(stepId)) {
            throw new StaleStepException("an answer to step " + stepId + " is already being graded in this session; "
                    + "this one was not graded or stored: wait for the first one's feedback", stepId);
        }
    }

    /**
     * Grades an answer to the step this session showed last ({@link #next()}).
     *
     * @param answer the answer
     * @return the feedback
     * @throws IllegalStateException when this session has shown no step
     * @see #submit(String, Answer)
     */
    public Feedback submit(Answer answer) {
        var step = shown;
        if (step == null) {
            throw new IllegalStateException("no current step: call next() before submit()");
        }
        return submit(step.id(), answer);
    }

    /**
     * Grades an answer to a step without blocking: checks it at once, grades on the coach's grading
     * executor within the grader timeout, then stores it. It never throws: the future fails with the
     * exceptions of {@link #submit(String, Answer)}, a null argument's, a blank answer's and a refused
     * grading's included (at once, for what the checks find).
     *
     * <p>Cancelling the future stops the grading: the grader's own future is cancelled (a grader that
     * honours cancellation, such as the LLM grader, sends no more requests) and, when the grade has not
     * come yet, nothing is stored and the step stays open. A cancel that comes while the answer is
     * being stored cannot take it back; {@link #next()} then shows where the learner is.
     *
     * @param stepId the id of the step answered
     * @param answer the answer
     * @return the feedback, when stored
     */
    public CompletableFuture<Feedback> submitAsync(String stepId, Answer answer) {
        try {
            claim(stepId);
        } catch (StaleStepException | NullPointerException e) {
            return CompletableFuture.failedFuture(e);
        }
        CompletableFuture<Feedback> stored;
        try {
            stored = flow.submitAsync(learnerId, track, stepId, answer, Optional.ofNullable(shown));
        } catch (RuntimeException | Error e) {
            grading.remove(stepId);
            throw e;
        }
        var feedback = SafeGrader.cancelsUpstream(stored.thenApply(this::remember), stored);
        feedback.whenComplete((done, error) -> grading.remove(stepId));
        return feedback;
    }

    /**
     * Skips a step: recorded as an attempt scored 0, so it lowers the evidence like a wrong answer
     * rather than vanishing.
     *
     * @param stepId the id of the step skipped
     * @return the feedback, with the next step
     * @throws StaleStepException when the step is not the learner's current step; nothing is stored
     * @throws LearnerBusyException when other sessions kept changing the learner until the save gave
     *     up; nothing is stored and skipping again works
     */
    public Feedback skip(String stepId) {
        return submit(Objects.requireNonNull(stepId, "stepId"), Answer.skip());
    }

    private Feedback remember(Feedback feedback) {
        feedback.next().ifPresent(s -> shown = s);
        return feedback;
    }
}

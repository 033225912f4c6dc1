package dev.interviewcoach.core;

import dev.interviewcoach.api.Answer;
import dev.interviewcoach.api.Attempt;
import dev.interviewcoach.api.CoachException;
import dev.interviewcoach.api.Grade;
import dev.interviewcoach.api.LearnerId;
import dev.interviewcoach.api.LearnerState;
import dev.interviewcoach.api.StateKey;
import dev.interviewcoach.api.StepReason;
import dev.interviewcoach.api.Track;
import dev.interviewcoach.api.VersionConflictException;
import dev.interviewcoach.core.internal.progression.FollowUps;
import dev.interviewcoach.spi.AttemptQuery;
import dev.interviewcoach.spi.GradingRequest;
import dev.interviewcoach.spi.StoreCommit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One learner practising one track: {@link #next()} asks, {@link #submit(Answer)} grades, updates
 * the learner model and stores the attempt and the new state in one atomic, versioned write.
 *
 * <p>A learner not yet placed on the track starts with a short adaptive diagnosis ({@link
 * StepReason#DIAGNOSTIC} steps; see {@link #diagnosisProgress()}); its last answer stores the
 * placements. Then the progression decides each step — follow-ups, recoveries, reviews, practice and
 * the boss question — as described in {@code docs/learner-model-and-progression.md}; each step's
 * {@code why} says why it came.
 *
 * <p>Several sessions of the same learner may run at once (two devices): a write that loses the
 * race is re-applied on the fresh state, so no update is lost. A session's own methods are
 * synchronized.
 *
 * @since 0.1
 */
public final class CoachSession {
    private static final Logger LOG = LoggerFactory.getLogger(CoachSession.class);
    private static final int RECENT_ATTEMPTS = 50;
    private static final int MAX_COMMIT_TRIES = 16;

    private final Coach coach;
    private final LearnerId learnerId;
    private final Track track;
    private Step pending;
    private int stepNumber;

    CoachSession(Coach coach, LearnerId learnerId, Track track) {
        this.coach = coach;
        this.learnerId = learnerId;
        this.track = track;
    }

    /**
     * The learner's current state (as stored, or initial for a new learner).
     *
     * @return the state
     */
    public LearnerState state() {
        return coach.memoryStore().load(new StateKey(learnerId, track.id()))
                .orElseGet(() -> LearnerState.initial(learnerId, track.id(), coach.clock().instant()));
    }

    /**
     * The track of this session.
     *
     * @return the track
     */
    public Track track() {
        return track;
    }

    /**
     * How far the learner's placement diagnosis on this track has come.
     *
     * @return the progress; complete once the learner is placed
     */
    public synchronized DiagnosisProgress diagnosisProgress() {
        int budget = coach.diagnosis().policy().budget();
        var state = state();
        if (!coach.progression().diagnosing(state)) {
            int asked = state.placements().stream().mapToInt(p -> p.attemptIds().size()).sum();
            return new DiagnosisProgress(asked, 0, budget, true);
        }
        var run = coach.progression().diagnosis(track, state, recentAttempts());
        int left = run.estimatedLeft();
        return new DiagnosisProgress(run.asked(), left, budget, left == 0);
    }

    /**
     * The step to answer now; asking again before submitting returns the same step.
     *
     * @return the step, or empty when the track is complete: every concept held through PRESSURE, no
     *     boss question open and no review due (a later day brings reviews back as they fall due)
     */
    public synchronized Optional<Step> next() {
        if (pending == null) {
            pending = choose(state()).orElse(null);
        }
        return Optional.ofNullable(pending);
    }

    /**
     * Grades an answer to the current step, updates and stores the learner, and says what comes next.
     *
     * @param answer the answer
     * @return the feedback
     * @throws IllegalStateException when there is no current step (call {@link #next()} first)
     */
    public synchronized Feedback submit(Answer answer) {
        if (pending == null) {
            throw new IllegalStateException("no current step: call next() before submit()");
        }
        Step step = pending;
        Grade grade = gradeSafely(step, answer);
        var attempt = new Attempt(coach.newAttemptId(), learnerId, track.id(), step.challenge().id(),
                step.challenge().conceptId(), step.challenge().level(), step.reason(), answer, grade,
                coach.clock().instant());
        var saved = commit(step, attempt);
        pending = choose(saved.state()).orElse(null);
        return new Feedback(attempt, coach.passPolicy().passes(grade), FollowUps.toShow(step.challenge(), grade),
                saved.changes(), Optional.ofNullable(pending));
    }

    private Grade gradeSafely(Step step, Answer answer) {
        var grader = coach.grader();
        try {
            Grade grade = grader.grade(GradingRequest.of(step.challenge(), answer));
            if (grade == null) {
                return Grade.error(grader.id(), grader.version(), "the grader returned no grade");
            }
            return grade;
        } catch (RuntimeException e) {
            LOG.warn("grader {} failed on challenge {}", grader.id(), step.challenge().id(), e);
            return Grade.error(grader.id(), grader.version(), "the grader failed: " + e);
        }
    }

    /** The state as stored by a commit, and how mastery moved. */
    private record Saved(LearnerState state, List<MasteryChange> changes) {}

    private Saved commit(Step step, Attempt attempt) {
        for (int tries = 1; ; tries++) {
            LearnerState current = state();
            var update = coach.learnerModel().apply(current, step.challenge(), attempt, coach.clock().instant());
            var next = step.reason() == StepReason.DIAGNOSTIC ? placeIfDiagnosed(update.state(), attempt) : update.state();
            try {
                var stored = coach.memoryStore().commit(new StoreCommit(next, List.of(attempt)));
                return new Saved(stored, update.changes());
            } catch (VersionConflictException e) {
                if (tries >= MAX_COMMIT_TRIES) {
                    throw new CoachException("could not save learner " + learnerId + " after " + tries + " tries", e);
                }
                LOG.debug("learner {} changed concurrently; re-applying attempt {}", learnerId, attempt.id());
            }
        }
    }

    /** Stores the placements once this diagnostic answer ends the diagnosis. */
    private LearnerState placeIfDiagnosed(LearnerState state, Attempt attempt) {
        var attempts = new ArrayList<>(recentAttempts());
        attempts.add(attempt);
        return coach.progression().placementAfter(track, state, attempts, coach.learnerModel(), coach.clock().instant());
    }

    /**
     * Restarts the learner's placement diagnosis on this track: the next steps are diagnostic again and
     * their last answer stores new placements. Earlier answers stay in the store as history but are no
     * evidence for the new diagnosis; mastery earned in practice stays.
     *
     * @return the stored state, diagnosing
     * @since 0.1
     */
    public synchronized LearnerState rediagnose() {
        for (int tries = 1; ; tries++) {
            var current = state();
            var reset = coach.progression().rediagnose(track, current, recentAttempts());
            try {
                var stored = coach.memoryStore().commit(new StoreCommit(reset, List.of()));
                pending = null;
                return stored;
            } catch (VersionConflictException e) {
                if (tries >= MAX_COMMIT_TRIES) {
                    throw new CoachException("could not save learner " + learnerId + " after " + tries + " tries", e);
                }
            }
        }
    }

    private List<Attempt> recentAttempts() {
        return coach.memoryStore().attempts(AttemptQuery.recent(learnerId, track.id(), RECENT_ATTEMPTS));
    }

    private Optional<Step> choose(LearnerState state) {
        return coach.progression().next(track, state, recentAttempts(), LocalDate.now(coach.clock()))
                .map(c -> new Step(c.challenge(), c.reason(), c.why(), ++stepNumber));
    }
}

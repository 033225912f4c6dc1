package dev.interviewcoach.core;

import dev.interviewcoach.api.Attempt;
import dev.interviewcoach.api.ChallengeLevel;
import dev.interviewcoach.api.GradeStatus;
import dev.interviewcoach.api.LearnerId;
import dev.interviewcoach.api.MasteryStatus;
import dev.interviewcoach.api.MisconceptionRecord;
import dev.interviewcoach.api.Placement;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Something that happened to a learner on a track, told to {@link CoachListener}s after it was stored.
 *
 * @since 0.1
 */
public sealed interface CoachEvent {
    /**
     * The learner.
     *
     * @return the learner
     */
    LearnerId learnerId();

    /**
     * The track.
     *
     * @return the track id
     */
    String trackId();

    /**
     * An answer was stored with its grade: a score, or an abstention ({@code ABSTAIN}, no score) that
     * says in its message why it counts for nothing. A grader's failure is {@link GraderFailed} instead.
     *
     * @param learnerId the learner
     * @param trackId the track
     * @param attempt the stored attempt with its grade
     * @param passed whether it passed the coach's pass policy
     * @since 0.1
     */
    record Graded(LearnerId learnerId, String trackId, Attempt attempt, boolean passed) implements CoachEvent {
        /** Validates the components. */
        public Graded {
            Objects.requireNonNull(learnerId, "learnerId");
            Objects.requireNonNull(trackId, "trackId");
            Objects.requireNonNull(attempt, "attempt");
        }
    }

    /**
     * The grader failed or timed out on an answer (stored with an {@code ERROR} grade, no score).
     *
     * @param learnerId the learner
     * @param trackId the track
     * @param attempt the stored attempt
     * @param message what went wrong
     * @since 0.1
     */
    record GraderFailed(LearnerId learnerId, String trackId, Attempt attempt, String message) implements CoachEvent {
        /** Validates the components. */
        public GraderFailed {
            Objects.requireNonNull(learnerId, "learnerId");
            Objects.requireNonNull(trackId, "trackId");
            Objects.requireNonNull(attempt, "attempt");
            Objects.requireNonNull(message, "message");
        }
    }

    /**
     * The coach's grader did not score an answer (it failed, abstained or ran out of time) and the
     * fallback grader ({@link Coach.Builder#fallbackGrader}) graded it instead. Sent before the answer's
     * {@link Graded} (or {@link GraderFailed}, when the fallback failed too): the event a host watches
     * to notice an outage of a remote grader that the fallback hides from learners.
     *
     * @param learnerId the learner
     * @param trackId the track
     * @param attempt the stored attempt, with the fallback's grade
     * @param graderId the grader that did not score
     * @param status what it reported: {@code ERROR} (failure or timeout) or {@code ABSTAIN}
     * @param message why, as its grade said
     * @since 0.1
     */
    record FallbackGraded(LearnerId learnerId, String trackId, Attempt attempt, String graderId, GradeStatus status,
            String message) implements CoachEvent {
        /** Validates the components. */
        public FallbackGraded {
            Objects.requireNonNull(learnerId, "learnerId");
            Objects.requireNonNull(trackId, "trackId");
            Objects.requireNonNull(attempt, "attempt");
            Objects.requireNonNull(graderId, "graderId");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(message, "message");
        }
    }

    /**
     * The status of a concept × rung changed, e.g. newly mastered.
     *
     * @param learnerId the learner
     * @param trackId the track
     * @param conceptId the concept
     * @param level the rung
     * @param before the status before
     * @param after the status after
     * @param attemptId the attempt that changed it
     * @since 0.1
     */
    record RungChanged(LearnerId learnerId, String trackId, String conceptId, ChallengeLevel level, MasteryStatus before,
            MasteryStatus after, String attemptId) implements CoachEvent {
        /** Validates the components. */
        public RungChanged {
            Objects.requireNonNull(learnerId, "learnerId");
            Objects.requireNonNull(trackId, "trackId");
            Objects.requireNonNull(conceptId, "conceptId");
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
            Objects.requireNonNull(attemptId, "attemptId");
        }
    }

    /**
     * A misconception recurred and is now confirmed.
     *
     * @param learnerId the learner
     * @param trackId the track
     * @param misconception the record, with the attempts that showed it
     * @since 0.1
     */
    record MisconceptionConfirmed(LearnerId learnerId, String trackId, MisconceptionRecord misconception)
            implements CoachEvent {
        /** Validates the components. */
        public MisconceptionConfirmed {
            Objects.requireNonNull(learnerId, "learnerId");
            Objects.requireNonNull(trackId, "trackId");
            Objects.requireNonNull(misconception, "misconception");
        }
    }

    /**
     * A confirmed or suspected misconception was resolved by later passing answers free of it.
     *
     * @param learnerId the learner
     * @param trackId the track
     * @param misconception the record
     * @since 0.1
     */
    record MisconceptionResolved(LearnerId learnerId, String trackId, MisconceptionRecord misconception)
            implements CoachEvent {
        /** Validates the components. */
        public MisconceptionResolved {
            Objects.requireNonNull(learnerId, "learnerId");
            Objects.requireNonNull(trackId, "trackId");
            Objects.requireNonNull(misconception, "misconception");
        }
    }

    /**
     * The placement diagnosis ended and its placements were stored.
     *
     * @param learnerId the learner
     * @param trackId the track
     * @param placements one placement per concept; only those {@linkplain Placement#backed() backed} by answers hold rungs
     * @since 0.1
     */
    record DiagnosisCompleted(LearnerId learnerId, String trackId, List<Placement> placements) implements CoachEvent {
        /** Validates the components and copies the list. */
        public DiagnosisCompleted {
            Objects.requireNonNull(learnerId, "learnerId");
            Objects.requireNonNull(trackId, "trackId");
            placements = List.copyOf(placements);
        }
    }

    /**
     * The boss question came up: every concept it covers is stable.
     *
     * @param learnerId the learner
     * @param trackId the track
     * @param challengeId the boss challenge
     * @since 0.1
     */
    record BossUnlocked(LearnerId learnerId, String trackId, String challengeId) implements CoachEvent {
        /** Validates the components. */
        public BossUnlocked {
            Objects.requireNonNull(learnerId, "learnerId");
            Objects.requireNonNull(trackId, "trackId");
            Objects.requireNonNull(challengeId, "challengeId");
        }
    }

    /**
     * A review is due and is the learner's next step. It fires when such a step is chosen (after an
     * answer, or a {@code next()} that picks a new step), so a learner who stays away never causes one:
     * it cannot drive reminders. For those, read {@code CoachSession.readiness()}'s
     * {@code concepts().nextReview()} (or the state's review cards) on a schedule of your own.
     *
     * @param learnerId the learner
     * @param trackId the track
     * @param conceptId the concept
     * @param level the rung
     * @param due the day it fell due
     * @since 0.1
     */
    record ReviewDue(LearnerId learnerId, String trackId, String conceptId, ChallengeLevel level, LocalDate due)
            implements CoachEvent {
        /** Validates the components. */
        public ReviewDue {
            Objects.requireNonNull(learnerId, "learnerId");
            Objects.requireNonNull(trackId, "trackId");
            Objects.requireNonNull(conceptId, "conceptId");
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(due, "due");
        }
    }
}

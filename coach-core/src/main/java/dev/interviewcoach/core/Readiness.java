package dev.interviewcoach.core;

import dev.interviewcoach.api.ChallengeLevel;
import dev.interviewcoach.api.MasteryStatus;
import dev.interviewcoach.api.MisconceptionStatus;
import dev.interviewcoach.core.internal.readiness.ReadinessJson;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How ready a learner is on a track, per concept and overall, with the attempts behind every figure:
 * what a readiness screen, a terminal report or an HTML report is drawn from.
 *
 * <p>Per concept: the highest rung held and how it is held ({@link HeldBy#CONFIRMED} by mastery the
 * answers confirmed, or only by {@link HeldBy#PLACEMENT} from the diagnosis), the mastery estimate of
 * every rung with evidence (probability, status, a confidence that grows with the evidence, and the
 * attempts behind it), the misconceptions not cleared yet, and the day of the next review.
 *
 * <p>{@link #overall()} is the mean over concepts of (rungs held ÷ 5, a rung held on the diagnosis's
 * placement alone counting by the placement's confidence: a guess from a short test, not a rung the
 * answers confirmed) × the recall predicted for the
 * held rungs on the interview date (the lowest of their review cards' predicted recall; 1 without
 * cards), or on {@link #asOf()} when no interview date is set or it has passed ({@link #interviewDate()}
 * still reports it then): a rough "how much of the ladder would
 * hold up on the day", not a probability of passing. For an interview to come, each review a card falls
 * due for before it counts as done when due and recalled: the figure is what holds on the day if the
 * learner keeps up with the reviews the coach asks for. A review already overdue counts as done on its
 * due date, recalled in the share of cases it would still be recalled today and lapsed in the others, so
 * the figure falls, never rises, while it waits.
 *
 * <p>{@link #toJson()} writes it as JSON: dates as ISO strings, absent values as {@code null}.
 *
 * @param learnerId the learner's id
 * @param trackId the track
 * @param asOf the day it was computed, by the coach's clock
 * @param interviewDate the interview date from the learner's profile, if set
 * @param overall overall readiness for the interview date, in [0, 1]
 * @param concepts one entry per concept of the track, in track order
 * @since 0.1
 */
public record Readiness(String learnerId, String trackId, LocalDate asOf, Optional<LocalDate> interviewDate,
        double overall, List<Concept> concepts) {
    /** Validates the components and copies the list. */
    public Readiness {
        Objects.requireNonNull(learnerId, "learnerId");
        Objects.requireNonNull(trackId, "trackId");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(interviewDate, "interviewDate");
        concepts = List.copyOf(concepts);
    }

    /**
     * How a rung is held.
     *
     * @since 0.1
     */
    public enum HeldBy {
        /**
         * Answers confirmed the mastery of the rung; no rung below it is contradicted (a rung below still
         * undecided is held through it, as the boss question counts it).
         */
        CONFIRMED,
        /** Only the diagnosis placed the learner there; answers have not confirmed it yet. */
        PLACEMENT,
        /** No rung is held. */
        NONE
    }

    /**
     * Readiness on one concept.
     *
     * @param conceptId the concept
     * @param title its title
     * @param heldRung the highest rung held, empty when none is
     * @param heldBy how that rung is held
     * @param placementConfidence the diagnosis's confidence in its placement, 0 when not placed
     * @param placementAttemptIds the diagnostic attempts behind the placement
     * @param rungs the mastery of each rung with evidence, lowest rung first
     * @param misconceptions the misconceptions on the concept's challenges that later answers have not
     *     cleared: those shown again ({@link MisconceptionStatus#CONFIRMED}) first, then those shown once
     *     ({@link MisconceptionStatus#SUSPECTED}), each in the order first recorded
     * @param nextReview the earliest day a review of this concept is due, if any rung has a card
     * @param readiness this concept's share of {@link Readiness#overall()}, in [0, 1]
     * @since 0.1
     */
    public record Concept(String conceptId, String title, Optional<ChallengeLevel> heldRung, HeldBy heldBy,
            double placementConfidence, List<String> placementAttemptIds, List<Rung> rungs,
            List<Misconception> misconceptions, Optional<LocalDate> nextReview, double readiness) {
        /** Validates the components and copies the lists. */
        public Concept {
            Objects.requireNonNull(conceptId, "conceptId");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(heldRung, "heldRung");
            Objects.requireNonNull(heldBy, "heldBy");
            placementAttemptIds = List.copyOf(placementAttemptIds);
            rungs = List.copyOf(rungs);
            misconceptions = List.copyOf(misconceptions);
            Objects.requireNonNull(nextReview, "nextReview");
        }
    }

    /**
     * The mastery estimate of one rung.
     *
     * @param level the rung
     * @param probability the probability it is held
     * @param status tentative until two answers back it; then mastered from a probability of 0.85, not
     *     mastered under 0.3, and tentative in between (however many answers back it)
     * @param confidence how much evidence backs the estimate: n ÷ (n + 2) for n answers
     * @param evidenceCount how many graded answers moved it
     * @param attemptIds the most recent attempts behind it
     * @since 0.1
     */
    public record Rung(ChallengeLevel level, double probability, MasteryStatus status, double confidence,
            int evidenceCount, List<String> attemptIds) {
        /** Validates the components and copies the list. */
        public Rung {
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(status, "status");
            attemptIds = List.copyOf(attemptIds);
        }
    }

    /**
     * A misconception the learner showed and later answers have not cleared: the coach keeps coming back
     * to it (see {@link dev.interviewcoach.api.StepReason}), so a report shows it too.
     *
     * @param id its qualified id, {@code challengeId#misconceptionId}
     * @param topicId its topic
     * @param status {@link MisconceptionStatus#CONFIRMED} when it recurred, {@link MisconceptionStatus#SUSPECTED}
     *     when shown once; never {@link MisconceptionStatus#RESOLVED}
     * @param occurrences how many answers showed it
     * @param attemptIds the most recent attempts that showed it
     * @since 0.1
     */
    public record Misconception(String id, String topicId, MisconceptionStatus status, int occurrences,
            List<String> attemptIds) {
        /** Validates the components and copies the list. */
        public Misconception {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(topicId, "topicId");
            Objects.requireNonNull(status, "status");
            if (status == MisconceptionStatus.RESOLVED) {
                throw new IllegalArgumentException("a readiness report lists misconceptions not cleared yet, not " + id
                        + ", which is resolved");
            }
            attemptIds = List.copyOf(attemptIds);
        }

        /**
         * Whether it recurred: shown by more than one answer.
         *
         * @return true when {@link #status()} is {@link MisconceptionStatus#CONFIRMED}
         */
        public boolean confirmed() {
            return status == MisconceptionStatus.CONFIRMED;
        }
    }

    /**
     * This readiness as JSON.
     *
     * @return the JSON text
     */
    public String toJson() {
        return ReadinessJson.write(this);
    }
}

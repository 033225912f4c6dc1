package dev.interviewcoach.core.internal.readiness;

import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.ChallengeLevel;
import dev.interviewcoach.api.Concept;
import dev.interviewcoach.api.LearnerState;
import dev.interviewcoach.api.Mastery;
import dev.interviewcoach.api.MasteryStatus;
import dev.interviewcoach.api.MisconceptionStatus;
import dev.interviewcoach.api.Placement;
import dev.interviewcoach.api.ReviewCard;
import dev.interviewcoach.api.Track;
import dev.interviewcoach.core.Readiness;
import dev.interviewcoach.core.internal.learner.Placements;
import dev.interviewcoach.core.internal.memory.Rating;
import dev.interviewcoach.core.internal.memory.ReviewScheduler;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds a learner's {@link Readiness} from the stored state. A rung is held as progression holds it:
 * confirmed mastered, or placed as held by a backed placement and not since found not mastered.
 */
public final class ReadinessReport {
    private ReadinessReport() {}

    /**
     * The readiness of a learner.
     *
     * @param track the track
     * @param state the learner's state on it
     * @param scheduler predicts recall from review cards
     * @param today the current day
     * @return the readiness
     */
    public static Readiness of(Track track, LearnerState state, ReviewScheduler scheduler, LocalDate today) {
        var interview = state.profile().interviewDate();
        LocalDate day = interview.filter(d -> !d.isBefore(today)).orElse(today);
        Map<String, String> conceptOfChallenge = new HashMap<>();
        for (Challenge c : track.challenges()) {
            conceptOfChallenge.put(c.id(), c.conceptId());
        }
        var concepts = new ArrayList<Readiness.Concept>();
        double sum = 0;
        for (Concept concept : track.concepts()) {
            var entry = concept(concept, state, scheduler, day, today, conceptOfChallenge);
            concepts.add(entry);
            sum += entry.readiness();
        }
        double overall = concepts.isEmpty() ? 0 : sum / concepts.size();
        return new Readiness(state.learnerId().value(), track.id(), today, interview, overall, concepts);
    }

    /** The most reviews projected for one card before the interview (a card reviewed daily for months). */
    private static final int MOST_PROJECTED_REVIEWS = 64;

    /**
     * A card's predicted recall on {@code day}. For an interview to come, the reviews the card falls due
     * for before then are taken as done when due and recalled (rated good), each scheduled by the
     * coach's own scheduler: the recall on the day if the learner keeps up with the reviews the coach
     * asks for. Without this, practising before an interview lowered the figure: each rung practice
     * confirmed got a new card, whose recall days later, unreviewed, is low. A review already overdue is
     * taken as done on its due date, recalled in the share of cases it would still be recalled today
     * (its predicted recall today over that on the due date) and lapsed (rated again) in the others,
     * then kept up with: left waiting, it lowers the figure day by day. Taking it as recalled whenever
     * it is done raised the figure while the learner did nothing, as a later successful review
     * lengthens the interval more and the reviews before the day shift.
     */
    static double recallOnTheDay(ReviewCard card, ReviewScheduler scheduler, LocalDate today, LocalDate day) {
        if (!day.isAfter(today)) {
            return scheduler.retrievability(card, day);
        }
        if (card.due().isBefore(today)) {
            // as if reviewed when due, recalled as often as it would still be recalled today
            LocalDate due = card.due();
            double still = Math.min(1, scheduler.retrievability(card, today) / scheduler.retrievability(card, due));
            double recalled = keptUp(scheduler.review(card, Rating.GOOD, due), scheduler, due, day);
            // a lapse is never counted better than a recall (its shorter intervals can put a review
            // nearer the day)
            double lapsed = Math.min(recalled, keptUp(scheduler.review(card, Rating.AGAIN, due), scheduler, due, day));
            return still * recalled + (1 - still) * lapsed;
        }
        return keptUp(card, scheduler, today, day);
    }

    /** A card's recall on {@code day} when every review it falls due for before then is done when due and recalled. */
    private static double keptUp(ReviewCard card, ReviewScheduler scheduler, LocalDate today, LocalDate day) {
        var projected = card;
        for (int i = 0; i < MOST_PROJECTED_REVIEWS; i++) {
            LocalDate planned = projected.due().isBefore(today) ? today : projected.due();
            if (!planned.isBefore(day)) {
                break;
            }
            projected = scheduler.review(projected, Rating.GOOD, planned);
        }
        return scheduler.retrievability(projected, day);
    }

    /**
     * Whether a held rung rests on the placement alone: no rung at or above it was confirmed by answers
     * (a rung still undecided below a mastered one is held through it by those answers).
     */
    private static boolean onPlacementOnly(LearnerState state, String id, ChallengeLevel level) {
        for (var above : ChallengeLevel.values()) {
            if (above.compareTo(level) >= 0 && state.mastery(id, above).map(Mastery::status)
                    .orElse(MasteryStatus.TENTATIVE) == MasteryStatus.MASTERED) {
                return false;
            }
        }
        return true;
    }

    private static Readiness.Concept concept(Concept concept, LearnerState state, ReviewScheduler scheduler, LocalDate day,
            LocalDate today, Map<String, String> conceptOfChallenge) {
        String id = concept.id();
        int placed = Placements.heldRank(state.placements(), id);
        Optional<ChallengeLevel> held = Optional.empty();
        var heldBy = Readiness.HeldBy.NONE;
        // the highest rung mastered or placed with no rung up to it contradicted (NOT_MASTERED): a rung
        // still undecided below a mastered one is held through it, as the boss question counts it
        for (var level : ChallengeLevel.values()) {
            var status = state.mastery(id, level).map(Mastery::status).orElse(MasteryStatus.TENTATIVE);
            if (status == MasteryStatus.NOT_MASTERED) {
                break;
            }
            if (status == MasteryStatus.MASTERED) {
                held = Optional.of(level);
                heldBy = Readiness.HeldBy.CONFIRMED;
            } else if (level.rank() <= placed) {
                held = Optional.of(level);
                heldBy = Readiness.HeldBy.PLACEMENT;
            }
        }
        var placement = Placements.backed(state.placements(), id);
        var rungs = state.mastery().stream().filter(m -> m.conceptId().equals(id))
                .sorted(Comparator.comparing(Mastery::level))
                .map(m -> new Readiness.Rung(m.level(), m.probability(), m.status(),
                        m.evidenceCount() / (m.evidenceCount() + 2.0), m.evidenceCount(), m.recentAttemptIds()))
                .toList();
        var misconceptions = state.misconceptions().stream()
                .filter(m -> m.status() != MisconceptionStatus.RESOLVED && id.equals(conceptOfChallenge.get(m.challengeId())))
                .sorted(java.util.Comparator.comparing(m -> m.status() != MisconceptionStatus.CONFIRMED))
                .map(m -> new Readiness.Misconception(m.qualifiedId(), m.topicId(), m.status(), m.occurrences(),
                        m.attemptIds()))
                .toList();
        var cards = state.reviews().stream().filter(r -> r.conceptId().equals(id)).toList();
        var nextReview = cards.stream().map(ReviewCard::due).min(Comparator.naturalOrder());
        int heldRank = held.map(ChallengeLevel::rank).orElse(0);
        double recall = cards.stream().filter(c -> c.level().rank() <= heldRank)
                .mapToDouble(c -> recallOnTheDay(c, scheduler, today, day)).min().orElse(1);
        // a rung the diagnosis placed but no answer confirmed counts by the placement's confidence: it is
        // a guess from a few answers, and a 20-question placement is not a learner ready on every rung
        double confidence = placement.map(Placement::confidence).orElse(0.0);
        double counted = 0;
        for (var level : ChallengeLevel.values()) {
            if (level.rank() > heldRank) {
                break;
            }
            boolean byAnswers = state.mastery(id, level).map(Mastery::status).orElse(MasteryStatus.TENTATIVE)
                    == MasteryStatus.MASTERED || !onPlacementOnly(state, id, level);
            counted += byAnswers ? 1 : confidence;
        }
        double readiness = counted / ChallengeLevel.values().length * recall;
        return new Readiness.Concept(id, concept.title(), held, heldBy,
                placement.map(Placement::confidence).orElse(0.0),
                placement.map(Placement::attemptIds).orElse(List.of()), rungs, misconceptions, nextReview, readiness);
    }
}

package dev.interviewcoach.core.internal.progression;

import dev.interviewcoach.api.Attempt;
import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.ChallengeLevel;
import dev.interviewcoach.api.Concept;
import dev.interviewcoach.api.LearnerState;
import dev.interviewcoach.api.Mastery;
import dev.interviewcoach.api.MasteryStatus;
import dev.interviewcoach.api.ReviewCard;
import dev.interviewcoach.api.StepReason;
import dev.interviewcoach.api.Track;
import dev.interviewcoach.core.internal.diagnosis.Diagnosis;
import dev.interviewcoach.core.internal.diagnosis.TrackDiagnosis;
import dev.interviewcoach.core.internal.learner.Placements;
import dev.interviewcoach.core.internal.memory.ReviewScheduler;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Chooses the next challenge: diagnostic questions until a new learner is placed, then reviews that
 * are due (the one most likely forgotten first), then the boss question once the concepts it covers
 * are stable, then the frontier rung of the concept that most needs work, preferring a challenge the
 * learner has not answered recently.
 */
public final class Progression {
    private final Diagnosis diagnosis;
    private final ReviewScheduler scheduler;

    /** A chosen challenge and why. */
    public record Choice(Challenge challenge, StepReason reason, String why) {}

    /**
     * A progression.
     *
     * @param diagnosis the placement diagnosis
     * @param scheduler the review scheduler
     */
    public Progression(Diagnosis diagnosis, ReviewScheduler scheduler) {
        this.diagnosis = diagnosis;
        this.scheduler = scheduler;
    }

    /**
     * A learner's diagnosis so far on a track.
     *
     * @param track the track
     * @param attempts the learner's recent attempts on it, oldest first (only diagnostic ones count)
     * @return the diagnosis, resumed from those attempts
     */
    public TrackDiagnosis diagnosis(Track track, List<Attempt> attempts) {
        return new TrackDiagnosis(diagnosis, track,
                attempts.stream().filter(a -> a.reason() == StepReason.DIAGNOSTIC).toList());
    }

    /**
     * Chooses the next challenge.
     *
     * @param track the track
     * @param state the learner's state
     * @param recent the learner's recent attempts on this track, oldest first
     * @param today the current day
     * @return the choice, or empty when the track has nothing left to ask
     */
    public Optional<Choice> next(Track track, LearnerState state, List<Attempt> recent, LocalDate today) {
        return next(track, state, recent, today, Optional.empty());
    }

    /**
     * Chooses the next challenge, reusing a diagnosis the caller has already replayed from the same
     * attempts (so one answer replays the diagnosis once).
     *
     * @param track the track
     * @param state the learner's state
     * @param recent the learner's recent attempts on this track, oldest first
     * @param today the current day
     * @param replayed the diagnosis replayed from {@code recent}, if the caller has it
     * @return the choice, or empty when the track has nothing left to ask
     */
    public Optional<Choice> next(Track track, LearnerState state, List<Attempt> recent, LocalDate today,
            Optional<TrackDiagnosis> replayed) {
        if (state.placements().isEmpty()) {
            var run = replayed.orElseGet(() -> diagnosis(track, recent));
            var question = run.next();
            if (question.isPresent()) {
                var concept = track.concept(question.get().conceptId()).map(Concept::title).orElse("");
                return Optional.of(new Choice(question.get(), StepReason.DIAGNOSTIC, "Placement question "
                        + (run.asked() + 1) + ": finding out where you stand on " + concept + "."));
            }
        }
        var answered = new HashSet<String>();
        recent.forEach(a -> answered.add(a.challengeId()));
        return review(track, state, answered, today).or(() -> boss(track, state, answered))
                .or(() -> practice(track, state, answered));
    }

    /**
     * The boss question, once every concept its dimensions cover is stable: each holds the rungs below
     * DESIGN (define, tradeoffs, debug). Not asked again while it is among the recent attempts.
     */
    private static Optional<Choice> boss(Track track, LearnerState state, Set<String> answered) {
        return track.bossChallenges().stream()
                .filter(b -> !answered.contains(b.id()))
                .filter(b -> bossConcepts(b).stream().allMatch(c -> frontier(state, c).compareTo(ChallengeLevel.DESIGN) >= 0))
                .findFirst()
                .map(b -> new Choice(b, StepReason.BOSS, "The boss question: every concept it covers is stable, "
                        + "so put them together in one design."));
    }

    static Set<String> bossConcepts(Challenge boss) {
        var concepts = new java.util.LinkedHashSet<String>();
        concepts.add(boss.conceptId());
        boss.rubric().dimensions().forEach(d -> concepts.addAll(d.conceptIds()));
        return concepts;
    }

    private Optional<Choice> review(Track track, LearnerState state, Set<String> answered, LocalDate today) {
        return state.reviews().stream()
                .filter(card -> !card.due().isAfter(today))
                .sorted(Comparator.comparingDouble((ReviewCard card) -> scheduler.retrievability(card, today))
                        .thenComparing(ReviewCard::conceptId).thenComparing(ReviewCard::level))
                .map(card -> pick(track, card.conceptId(), card.level(), answered).map(c -> new Choice(c,
                        StepReason.REVIEW, "Review: " + title(track, card.conceptId()) + ", "
                        + card.level().meaning() + " It is due, so it stays fresh.")))
                .flatMap(Optional::stream)
                .findFirst();
    }

    private static Optional<Choice> practice(Track track, LearnerState state, Set<String> answered) {
        return track.concepts().stream()
                .sorted(Comparator.comparingInt((Concept c) -> frontier(state, c.id()).ordinal())
                        .thenComparingInt(Concept::order))
                .map(c -> practice(track, c, frontier(state, c.id()), answered))
                .flatMap(Optional::stream)
                .findFirst();
    }

    /**
     * Practice at the frontier rung or, when the track has no challenge there, at the nearest rung
     * below it that has one: a learner placed above the content still gets to practise.
     */
    private static Optional<Choice> practice(Track track, Concept concept, ChallengeLevel frontier,
            Set<String> answered) {
        for (var level = Optional.of(frontier); level.isPresent(); level = level.get().previous()) {
            var rung = level.get();
            var choice = pick(track, concept.id(), rung, answered).map(ch -> new Choice(ch, StepReason.PRACTICE,
                    "Next on " + concept.title() + ": " + rung.meaning()));
            if (choice.isPresent()) {
                return choice;
            }
        }
        return Optional.empty();
    }

    /**
     * The lowest rung not yet held: held means confirmed mastered, or placed as held by diagnosis on
     * answers of the concept's own and not since confirmed as not mastered.
     */
    static ChallengeLevel frontier(LearnerState state, String conceptId) {
        int placed = Placements.heldRank(state.placements(), conceptId);
        for (var level : ChallengeLevel.values()) {
            var status = state.mastery(conceptId, level).map(Mastery::status).orElse(MasteryStatus.TENTATIVE);
            boolean held = status == MasteryStatus.MASTERED
                    || (level.rank() <= placed && status != MasteryStatus.NOT_MASTERED);
            if (!held) {
                return level;
            }
        }
        return ChallengeLevel.PRESSURE;
    }

    private static Optional<Challenge> pick(Track track, String conceptId, ChallengeLevel level, Set<String> answered) {
        var candidates = track.challenges(conceptId, level);
        return candidates.stream().filter(c -> !answered.contains(c.id())).findFirst()
                .or(() -> candidates.stream().findFirst());
    }

    private static String title(Track track, String conceptId) {
        return track.concept(conceptId).map(Concept::title).orElse(conceptId);
    }
}

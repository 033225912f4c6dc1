package dev.interviewcoach.core.internal.learner;

import dev.interviewcoach.api.Attempt;
import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.ChallengeLevel;
import dev.interviewcoach.api.Grade;
import dev.interviewcoach.api.LearnerState;
import dev.interviewcoach.api.Mastery;
import dev.interviewcoach.api.MasteryStatus;
import dev.interviewcoach.api.Placement;
import dev.interviewcoach.api.ReviewCard;
import dev.interviewcoach.api.MasteryChange;
import dev.interviewcoach.core.internal.memory.Rating;
import dev.interviewcoach.core.internal.memory.ReviewScheduler;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Moves a learner's state with one graded attempt: the mastery of the answered concept's rungs, the
 * misconception records and the review card of the answered concept × rung. Pure: the same state
 * and attempt give the same result, and the work per answer does not grow with the history.
 *
 * <p>An answer to the boss question moves every concept its rubric's dimensions name, each by its
 * dimension's score.
 *
 * <p>A concept × rung becomes reviewable once the learner holds it: when its mastery is confirmed,
 * or when diagnosis placed the concept at or above it on answers of its own. From then on every
 * graded answer on it is a review of its card. Days are the dates of the attempts in the coach's
 * time zone.
 */
public final class LearnerModel {
    /** How many supporting attempt ids a record keeps; the store keeps the full history. */
    public static final int RECENT_LIMIT = 8;
    /** The pass mark an attempt is read against when the caller does not say whether it passed. */
    private static final double DEFAULT_PASS_MARK = 0.6;

    private final MasteryTracker mastery = new MasteryTracker(KnowledgeTracing.standard(), RECENT_LIMIT);
    private final Misconceptions misconceptions = new Misconceptions(RECENT_LIMIT);
    private final ReviewScheduler scheduler;
    private final ZoneId zone;

    /** The new state and how mastery moved. */
    public record Update(LearnerState state, List<MasteryChange> changes) {}

    /**
     * A learner model.
     *
     * @param scheduler schedules the reviews
     * @param zone the time zone whose dates are the review days
     */
    public LearnerModel(ReviewScheduler scheduler, ZoneId zone) {
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /**
     * Applies one attempt; an attempt without a score changes nothing.
     *
     * @param state the state before
     * @param challenge the challenge answered
     * @param attempt the graded attempt
     * @param now the current instant
     * @return the new state and the changes
     */
    public Update apply(LearnerState state, Challenge challenge, Attempt attempt, Instant now) {
        return apply(state, challenge, attempt, now,
                attempt.grade().isScored() && attempt.grade().score().getAsDouble() >= DEFAULT_PASS_MARK);
    }

    /**
     * Applies one attempt that the coach's pass policy passed or failed; an attempt without a score
     * changes nothing. A failed answer never raises a rung's status and never moves the rungs below,
     * even when its score is above the estimate's neutral point (a 0.59 under a pass mark of 0.6).
     *
     * @param state the state before
     * @param challenge the challenge answered
     * @param attempt the graded attempt
     * @param now the current instant
     * @param passed whether the coach's pass policy passed the answer
     * @return the new state and the changes
     */
    public Update apply(LearnerState state, Challenge challenge, Attempt attempt, Instant now, boolean passed) {
        return apply(state, challenge, attempt, now, passed, false);
    }

    /**
     * As {@link #apply(LearnerState, Challenge, Attempt, Instant, boolean)}, knowing whether the learner
     * failed this challenge before: a pass on it then moves mastery half as far as a first pass would,
     * since the feedback on the failure showed what the answer missed (a practice question comes back
     * once its rung's others are used up). Reviews are exempt (recalling a question days later is what a
     * review asks of the learner), and so are diagnostic answers (a diagnosis restarted by a rediagnose
     * measures, and its placement reads its answers again anyway).
     *
     * @param state the state before
     * @param challenge the challenge answered
     * @param attempt the graded attempt
     * @param now the current instant
     * @param passed whether the coach's pass policy passed the answer
     * @param failedBefore whether the learner's last graded answer to this challenge before this one failed
     * @return the new state and the changes
     */
    public Update apply(LearnerState state, Challenge challenge, Attempt attempt, Instant now, boolean passed,
            boolean failedBefore) {
        if (!attempt.grade().isScored()) {
            return new Update(state, List.of());
        }
        var masteryNow = state.mastery();
        var reviews = state.reviews();
        var changes = new ArrayList<MasteryChange>();
        for (var evidence : evidence(challenge, attempt.grade()).entrySet()) {
            String conceptId = evidence.getKey();
            double score = evidence.getValue();
            var moved = mastery.apply(masteryNow, state.placements(), conceptId, challenge.level(), score, passed,
                    kind(attempt, failedBefore), attempt.id());
            masteryNow = moved.mastery();
            changes.addAll(moved.changes());
            boolean held = mastered(masteryNow, conceptId, challenge.level())
                    || Placements.holds(state.placements(), conceptId, challenge.level());
            reviews = reviewed(reviews, conceptId, challenge.level(), Rating.fromScore(score), day(attempt.at()), held,
                    state.profile().interviewDate());
        }
        var next = new LearnerState(state.learnerId(), state.trackId(), state.schemaVersion(), state.storeVersion(),
                state.profile(), masteryNow, misconceptions.apply(state.misconceptions(), challenge, attempt, passed),
                reviews, state.placements(), now);
        return new Update(next, changes);
    }

    private static MasteryTracker.AnswerKind kind(Attempt attempt, boolean failedBefore) {
        if (attempt.reason() == dev.interviewcoach.api.StepReason.FOLLOW_UP) {
            return MasteryTracker.AnswerKind.FOLLOW_UP;
        }
        // a review asks the learner to recall, and a diagnosis (asked again after a rediagnose) measures: both whole
        return failedBefore && attempt.reason() != dev.interviewcoach.api.StepReason.REVIEW
                && attempt.reason() != dev.interviewcoach.api.StepReason.DIAGNOSTIC
                ? MasteryTracker.AnswerKind.RETRY_AFTER_FAILURE : MasteryTracker.AnswerKind.WHOLE;
    }

    private static boolean mastered(List<Mastery> mastery, String conceptId, ChallengeLevel level) {
        for (var m : mastery) {
            if (m.level() == level && m.status() == MasteryStatus.MASTERED && m.conceptId().equals(conceptId)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The score each concept gets from an answer: the challenge's concept gets the overall score; on a
     * rubric with dimensions (the boss question) each concept a dimension names gets that dimension's
     * score instead (the mean of them when several dimensions name it), so one integrated answer moves
     * every concept it covers.
     */
    static Map<String, Double> evidence(Challenge challenge, Grade grade) {
        var out = new LinkedHashMap<String, Double>();
        if (challenge.isMultiDimensional() && !grade.dimensions().isEmpty()) {
            var sums = new LinkedHashMap<String, double[]>();
            for (var d : challenge.rubric().dimensions()) {
                grade.dimension(d.id()).ifPresent(result -> d.conceptIds().forEach(c -> {
                    var sum = sums.computeIfAbsent(c, k -> new double[2]);
                    sum[0] += result.score();
                    sum[1]++;
                }));
            }
            sums.forEach((c, sum) -> out.put(c, sum[0] / sum[1]));
        }
        if (out.isEmpty()) {
            out.put(challenge.conceptId(), grade.score().getAsDouble());
        }
        return out;
    }

    /**
     * Records the diagnosis: the placements; the mastery the diagnostic answers moved, replayed from
     * the placement's priors so that placement and mastery agree (before the placement existed those
     * answers started from the unplaced prior); and a review card for each rung placed as held that a
     * diagnostic answer touched (started from the latest such answer).
     *
     * @param state the state before
     * @param placements one placement per concept
     * @param diagnostic the diagnostic attempts, oldest first (those without a score are skipped)
     * @param now the current instant
     * @return the new state
     */
    public LearnerState place(LearnerState state, List<Placement> placements, List<Attempt> diagnostic, Instant now) {
        var reviews = new ArrayList<>(state.reviews());
        for (int i = diagnostic.size() - 1; i >= 0; i--) {
            var a = diagnostic.get(i);
            boolean carded = reviews.stream()
                    .anyMatch(r -> r.conceptId().equals(a.conceptId()) && r.level() == a.level());
            if (a.grade().isScored() && !carded && Placements.holds(placements, a.conceptId(), a.level())) {
                reviews.add(ReviewScheduler.dueBefore(scheduler.start(a.conceptId(), a.level(),
                        Rating.fromScore(a.grade().score().getAsDouble()), day(a.at())), state.profile().interviewDate(),
                        day(a.at())));
            }
        }
        return new LearnerState(state.learnerId(), state.trackId(), state.schemaVersion(), state.storeVersion(),
                state.profile(), replayed(state.mastery(), placements, diagnostic), state.misconceptions(), reviews,
                placements, now);
    }

    /**
     * How mastery moved from one list to another, rung by rung, in the order of the second list: what a
     * placement's re-reading of the diagnostic answers changed, so the answer that completes a diagnosis
     * records it (a rung the first list has no record of moved from the prior every estimate starts at).
     *
     * @param before the mastery before
     * @param after the mastery after
     * @return a change for each rung whose estimate or status differs
     */
    public static List<MasteryChange> changesBetween(List<Mastery> before, List<Mastery> after) {
        var out = new ArrayList<MasteryChange>();
        for (var m : after) {
            var old = before.stream().filter(b -> b.level() == m.level() && b.conceptId().equals(m.conceptId()))
                    .findFirst();
            double p0 = old.map(Mastery::probability).orElse(MasteryTracker.PRIOR);
            var s0 = old.map(Mastery::status).orElse(MasteryStatus.TENTATIVE);
            if (p0 != m.probability() || s0 != m.status()) {
                out.add(new MasteryChange(m.conceptId(), m.level(), p0, m.probability(), s0, m.status()));
            }
        }
        return out;
    }

    /**
     * The changes of an answer followed by those a re-reading made after it, one per rung: a rung both
     * moved goes from where the answer found it to where the re-reading left it.
     *
     * @param first the answer's changes
     * @param then the re-reading's changes
     * @return the combined changes, the answer's rungs first
     */
    public static List<MasteryChange> combined(List<MasteryChange> first, List<MasteryChange> then) {
        var out = new ArrayList<MasteryChange>();
        for (var a : first) {
            var b = then.stream().filter(c -> c.level() == a.level() && c.conceptId().equals(a.conceptId())).findFirst();
            if (b.isEmpty()) {
                out.add(a);
            } else if (a.before() != b.get().after() || a.statusBefore() != b.get().statusAfter()) {
                out.add(new MasteryChange(a.conceptId(), a.level(), a.before(), b.get().after(), a.statusBefore(),
                        b.get().statusAfter()));
            }
        }
        for (var c : then) {
            if (first.stream().noneMatch(a -> a.level() == c.level() && a.conceptId().equals(c.conceptId()))) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * The mastery with every record moved only by diagnostic answers rebuilt from the placement's
     * priors; records with other evidence keep their history.
     */
    private List<Mastery> replayed(List<Mastery> before, List<Placement> placements, List<Attempt> diagnostic) {
        var ids = new java.util.HashSet<String>();
        diagnostic.stream().filter(a -> a.grade().isScored()).forEach(a -> ids.add(a.id()));
        var kept = new ArrayList<Mastery>();
        var rebuilt = new java.util.HashSet<String>();
        for (var m : before) {
            if (m.evidenceCount() == m.recentAttemptIds().size() && ids.containsAll(m.recentAttemptIds())) {
                rebuilt.add(m.conceptId() + "/" + m.level());
            } else {
                kept.add(m);
            }
        }
        List<Mastery> out = kept;
        for (var a : diagnostic) {
            if (!a.grade().isScored()) {
                continue;
            }
            double score = a.grade().score().getAsDouble();
            var moved = mastery.apply(out, placements, a.conceptId(), a.level(), score, score >= DEFAULT_PASS_MARK,
                    a.id());
            var next = new ArrayList<Mastery>();
            for (var m : moved.mastery()) {
                boolean fromDiagnosis = rebuilt.contains(m.conceptId() + "/" + m.level())
                        || before.stream().noneMatch(b -> b.conceptId().equals(m.conceptId()) && b.level() == m.level());
                var old = out.stream().filter(o -> o.conceptId().equals(m.conceptId()) && o.level() == m.level()).findFirst();
                next.add(fromDiagnosis || old.isEmpty() ? m : old.get());
            }
            out = next;
        }
        return out;
    }

    /**
     * The cards after an answer: the answered rung's card reviewed with the answer's rating (started
     * when the rung is held and has none); and, when the answer recalled its rung (rated good or
     * easy), each card of the same concept's lower rungs that is due reviewed as good, since a
     * higher rung is answered by using the ones beneath it (implicit review). A card not yet due is
     * left alone, and a failed answer says nothing about the rungs below. A card that would fall due
     * on or after the learner's interview is due on its eve ({@link ReviewScheduler#dueBefore}).
     */
    private List<ReviewCard> reviewed(List<ReviewCard> cards, String conceptId, ChallengeLevel level, Rating rating,
            LocalDate day, boolean held, java.util.Optional<LocalDate> interview) {
        var out = new ArrayList<ReviewCard>(cards.size() + 1);
        boolean found = false;
        boolean recalled = rating == Rating.GOOD || rating == Rating.EASY;
        for (var card : cards) {
            if (card.conceptId().equals(conceptId) && card.level() == level) {
                out.add(ReviewScheduler.dueBefore(scheduler.review(card, rating, day), interview, day));
                found = true;
            } else if (recalled && card.level().compareTo(level) < 0 && !card.due().isAfter(day)
                    && card.conceptId().equals(conceptId)) {
                out.add(ReviewScheduler.dueBefore(scheduler.review(card, Rating.GOOD, day), interview, day));
            } else {
                out.add(card);
            }
        }
        if (!found && held) {
            out.add(ReviewScheduler.dueBefore(scheduler.start(conceptId, level, rating, day), interview, day));
        }
        return out;
    }

    private LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }
}

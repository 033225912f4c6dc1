package dev.interviewcoach.core.internal.progression;

import dev.interviewcoach.api.Attempt;
import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.ChallengeLevel;
import dev.interviewcoach.api.FollowUp;
import dev.interviewcoach.api.Grade;
import dev.interviewcoach.api.LearnerState;
import dev.interviewcoach.api.ReviewCard;
import dev.interviewcoach.api.StepReason;
import dev.interviewcoach.api.Track;
import dev.interviewcoach.core.internal.diagnosis.Diagnosis;
import dev.interviewcoach.core.internal.diagnosis.Rediagnosis;
import dev.interviewcoach.core.internal.diagnosis.TrackDiagnosis;
import dev.interviewcoach.core.internal.learner.LearnerModel;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The one place that decides what a learner is asked next, from the track, the learner's state, their
 * recent attempts (with grades) and the day. In order:
 *
 * <ol>
 *   <li><b>Diagnosis</b> while the learner is not placed.</li>
 *   <li><b>Recovery</b> after two failures in a row at one concept × rung: a step down when the
 *       learner's own answers do not back the rung below (held on a placement alone, which is a guess
 *       that may be wrong), else a different challenge of the same rung with a hint, and a step down
 *       after all once that misses too (three misses in a row; see {@link Recovery}); none on a concept
 *       the learner is stuck on (see {@link Practice#parked}), which practice leaves for a while.</li>
 *   <li><b>Follow-up</b> on a weak answer: one narrowed question on the criterion it missed (see
 *       {@link FollowUps}), one level deep.</li>
 *   <li><b>Reviews</b> that are due, the most forgotten first, at most {@link Settings#reviewsInARow()}
 *       in a row while practice is available.</li>
 *   <li><b>A misconception shown and not cleared since</b>: a question on its topic, some attempts later
 *       (see {@link Rechecks}).</li>
 *   <li><b>The boss question</b> once {@link BossGate} opens it.</li>
 *   <li><b>Practice</b>: the frontier of the concept that most needs it (the weakest, when the
 *       interview is near; the one the last boss answer was weakest on, while the boss waits), with
 *       challenges not asked yet; a concept whose frontier questions are used up yields to another
 *       concept or to consolidating a rung it holds without confirmation.</li>
 *   <li>Nothing, when every concept is held through PRESSURE, no boss is open, no review is due, no
 *       misconception waits for its check and,
 *       on a variant, every question it adds has been asked: the track is complete until the next
 *       review falls due.</li>
 * </ol>
 *
 * <p>{@link Rotation} picks the challenge inside a concept × rung, of those not asked yet a variant's
 * own first ({@link TrackIndex#challenges}), so a company's questions come before its base's wherever a
 * learner works; the rules above decide which rung that is, for a variant as for any track. Each
 * choice's {@code why} says in words why it came.
 */
public final class Progression {
    /** The steps whose weak answers get a follow-up. */
    private static final EnumSet<StepReason> FOLLOWED_UP = EnumSet.of(StepReason.PRACTICE, StepReason.REVIEW,
            StepReason.RECOVERY);

    private final Diagnosis diagnosis;
    private final dev.interviewcoach.core.internal.memory.ReviewScheduler scheduler;
    private final Predicate<Grade> passes;
    private final Settings settings;
    private final Rotation rotation;
    private final BossGate bossGate;

    /**
     * A chosen challenge and why.
     *
     * @param challenge the challenge (a derived one for a follow-up)
     * @param reason the kind of step
     * @param why one or two sentences for the learner
     */
    public record Choice(Challenge challenge, StepReason reason, String why) {
        /** Validates the components. */
        public Choice {
            Objects.requireNonNull(challenge, "challenge");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(why, "why");
        }
    }

    /**
     * A progression with the default settings, passing scores from 0.6.
     *
     * @param diagnosis the placement diagnosis
     * @param scheduler the review scheduler
     */
    public Progression(Diagnosis diagnosis, dev.interviewcoach.core.internal.memory.ReviewScheduler scheduler) {
        this(diagnosis, scheduler, g -> g.isScored() && g.score().getAsDouble() >= 0.6, Settings.defaults());
    }

    /**
     * A progression.
     *
     * @param diagnosis the placement diagnosis
     * @param scheduler the review scheduler
     * @param passes whether a grade passes (the coach's pass policy)
     * @param settings the knobs
     */
    public Progression(Diagnosis diagnosis, dev.interviewcoach.core.internal.memory.ReviewScheduler scheduler,
            Predicate<Grade> passes, Settings settings) {
        this.diagnosis = Objects.requireNonNull(diagnosis, "diagnosis");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.passes = Objects.requireNonNull(passes, "passes");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.rotation = new Rotation(settings.repeatWindow());
        this.bossGate = new BossGate(settings.bossRung());
    }

    /**
     * Whether a learner is yet to be placed (never placed, or the diagnosis was restarted).
     *
     * @param state the learner's state
     * @return true while diagnosing
     */
    public boolean diagnosing(LearnerState state) {
        return Rediagnosis.pending(state);
    }

    /**
     * The learner's diagnosis in progress on a track; of a cell's questions it asks a variant's own
     * first, as practice does ({@link TrackIndex#challenges}).
     *
     * @param track the track, indexed
     * @param state the learner's state
     * @param recent the recent attempts on it, oldest first
     * @return the diagnosis, resumed from the diagnostic attempts that count
     */
    public TrackDiagnosis diagnosis(TrackIndex track, LearnerState state, List<Attempt> recent) {
        return new TrackDiagnosis(diagnosis, track.track(), track::challenges, Rediagnosis.evidence(state, recent));
    }

    /**
     * The state after a diagnostic answer: with the placements stored once that answer ends the
     * diagnosis, unchanged otherwise.
     *
     * @param track the track, indexed
     * @param state the state after the answer was applied
     * @param recent the recent attempts, oldest first, the new one included
     * @param model the learner model that records placements
     * @param now the current instant
     * @return the state to store
     */
    public LearnerState placementAfter(TrackIndex track, LearnerState state, List<Attempt> recent, LearnerModel model,
            Instant now) {
        if (!diagnosing(state)) {
            return state;
        }
        var run = diagnosis(track, state, recent);
        if (run.next().isPresent()) {
            return state;
        }
        return model.place(state, run.placements(), run.attempts(), now);
    }

    /**
     * The state with the learner's diagnosis restarted; earlier answers stay as history.
     *
     * @param track the track
     * @param state the state
     * @param recent the recent attempts, oldest first
     * @return the state to store
     */
    public LearnerState rediagnose(Track track, LearnerState state, List<Attempt> recent) {
        return Rediagnosis.restart(state, track, recent);
    }

    /**
     * Chooses the next challenge.
     *
     * @param track the track
     * @param state the learner's state
     * @param recent the learner's recent attempts on this track, oldest first
     * @param today the current day
     * @return the choice, or empty when the track is complete: every concept held through PRESSURE,
     *     no boss question open, no review due (reviews come back as they fall due) and no misconception
     *     waiting for its check; on a variant
     *     indexed with its base, also every question the variant adds asked among the recent attempts
     */
    public Optional<Choice> next(Track track, LearnerState state, List<Attempt> recent, LocalDate today) {
        return next(TrackIndex.of(track), state, recent, EarlierAttempts.none(), today, Optional.empty());
    }

    /**
     * Chooses the next challenge, reusing a diagnosis the caller has already replayed from the same
     * attempts (so one answer replays the diagnosis once).
     *
     * @param track the track, indexed
     * @param state the learner's state
     * @param recent the learner's recent attempts on this track, oldest first
     * @param earlier where a boss question's last graded answer before {@code recent} is found
     * @param today the current day
     * @param replayed the diagnosis replayed from {@code recent}, if the caller has it
     * @return the choice, or empty when the track is complete
     */
    public Optional<Choice> next(TrackIndex track, LearnerState state, List<Attempt> recent, EarlierAttempts earlier,
            LocalDate today, Optional<TrackDiagnosis> replayed) {
        if (diagnosing(state)) {
            var run = replayed.orElseGet(() -> diagnosis(track, state, recent));
            var question = run.next();
            if (question.isPresent()) {
                boolean uncounted = !recent.isEmpty() && recent.get(recent.size() - 1).reason() == StepReason.DIAGNOSTIC
                        && !recent.get(recent.size() - 1).grade().isScored();
                return Optional.of(new Choice(question.get(), StepReason.DIAGNOSTIC, "Placement question "
                        + (run.asked() + 1) + ": finding out where you stand on " + track.title(question.get().conceptId())
                        + " before practice starts." + (uncounted ? " (Your last answer was not counted, so this is "
                        + "still question " + (run.asked() + 1) + ".)" : "")));
            }
        }
        var history = new History(recent, passes, answeredBosses(track, state, earlier));
        var standing = new Standing(state, scheduler, today, history, (c, l) -> !track.challenges(c, l).isEmpty());
        // a learner stuck on a concept gets a break from it: no more recoveries or follow-ups there
        var weak = history.lastScored().filter(history::failed).filter(a -> !Practice.parked(history, a.conceptId()));
        if (weak.isPresent() && Recovery.follows(weak.get().reason())) {
            var recovery = Recovery.choose(track, standing, history, rotation, weak.get());
            if (recovery.isPresent()) {
                return recovery;
            }
        }
        // one level deep: a follow-up that earned no score (skipped, not counted, failed grader) is not
        // followed up again
        // a skipped question missed nothing to follow up on: the learner chose to move on
        if (weak.isPresent() && FOLLOWED_UP.contains(weak.get().reason()) && !weak.get().answer().skipped()
                && history.last().map(l -> l.reason() != StepReason.FOLLOW_UP).orElse(true)) {
            var followUp = followUp(track, weak.get());
            if (followUp.isPresent()) {
                return followUp;
            }
        }
        Optional<Choice> review = null;
        if (history.reviewsInARow() < settings.reviewsInARow()) {
            review = review(track, standing, history);
            if (review.isPresent()) {
                return review;
            }
        }
        var recheck = Rechecks.choose(track, standing, history, rotation);
        if (recheck.isPresent()) {
            return recheck;
        }
        var boss = bossGate.open(track, standing, history);
        if (boss.isPresent()) {
            return Optional.of(new Choice(boss.get(), StepReason.BOSS, "The boss question: every concept it covers holds "
                    + rung(bossGate.rung()) + " on your own answers, so put them together in one design."));
        }
        var practice = Practice.choose(track, standing, history, rotation, bossGate);
        if (practice.isPresent()) {
            return practice.map(p -> afterABreak(track, history, p));
        }
        return review != null ? review : review(track, standing, history);
    }

    /**
     * Where the learner stands with each boss question of the track, by the rule {@link #next} asks it by.
     *
     * @param track the track, indexed
     * @param state the learner's state
     * @param recent the learner's recent attempts on this track, oldest first
     * @param earlier where a boss question's last graded answer before {@code recent} is found
     * @param today the current day
     * @return one status per boss question, in the track's order
     */
    public List<dev.interviewcoach.core.BossStatus> bosses(TrackIndex track, LearnerState state, List<Attempt> recent,
            EarlierAttempts earlier, LocalDate today) {
        var history = new History(recent, passes, answeredBosses(track, state, earlier));
        var standing = new Standing(state, scheduler, today, history, (c, l) -> !track.challenges(c, l).isEmpty());
        var out = new ArrayList<dev.interviewcoach.core.BossStatus>();
        for (var boss : track.bosses()) {
            out.add(BossStanding.of(bossGate, boss, standing, history));
        }
        return out;
    }

    /** A practice step that moves away from a concept the learner is stuck on says so. */
    private static Choice afterABreak(TrackIndex track, History history, Choice practice) {
        var last = history.lastScored().filter(a -> a.reason() != StepReason.DIAGNOSTIC && a.reason() != StepReason.BOSS);
        if (last.isEmpty() || last.get().conceptId().equals(practice.challenge().conceptId())
                || !Practice.parked(history, last.get().conceptId())) {
            return practice;
        }
        return new Choice(practice.challenge(), practice.reason(), "A break from " + track.title(last.get().conceptId())
                + " after several misses in a row: it comes back in a while, with fresh eyes. " + practice.why());
    }

    /**
     * The earlier-answer lookup, asked only about boss questions the learner may have answered: a graded
     * boss answer always leaves a mastery record at the boss's rung on a concept it covers, so without
     * one the store need not be asked (most steps, until the learner reaches that rung).
     */
    private static EarlierAttempts answeredBosses(TrackIndex track, LearnerState state, EarlierAttempts earlier) {
        return new EarlierAttempts() {
            @Override
            public Optional<Attempt> lastScored(String challengeId) {
                for (var boss : track.bosses()) {
                    if (boss.challenge().id().equals(challengeId)) {
                        for (var m : state.mastery()) {
                            if (m.level() == boss.challenge().level() && boss.concepts().contains(m.conceptId())) {
                                return earlier.lastScored(challengeId);
                            }
                        }
                        return Optional.empty();
                    }
                }
                return Optional.empty();
            }

            @Override
            public Optional<Instant> lastAsked(String challengeId) {
                return earlier.lastAsked(challengeId);
            }
        };
    }

    private Optional<Choice> followUp(TrackIndex track, Attempt weak) {
        return track.challenge(weak.challengeId()).flatMap(original -> FollowUps.forWeakAnswer(original, weak.grade())
                // the why does not say what a strong answer says about the point (nor name it by its id, which
                // reads as jargon or half the key): the follow-up's own question asks it, before it is told. It
                // names the topic of the question it follows, so it reads on its own (after a restart, say).
                .map(f -> new Choice(track.followUp(original, f), StepReason.FOLLOW_UP,
                        "A follow-up to your last answer" + topicOf(track, original, f).map(t -> ", on " + t).orElse("")
                                + ": one point it missed, asked another way. One question, then we move on.")));
    }

    /** The title of the topic a follow-up's criterion checks, its first word in lower case if it is a plain word. */
    private static Optional<String> topicOf(TrackIndex track, Challenge original, FollowUp f) {
        String topicId = original.rubric().criteria().stream().filter(c -> c.id().equals(f.criterionId())).findFirst()
                .flatMap(c -> c.topicId()).orElse(original.topicId());
        return track.track().concept(original.conceptId())
                .flatMap(c -> c.topic(topicId)).map(t -> lowerFirst(t.title()));
    }

    private static String lowerFirst(String title) {
        int end = title.indexOf(' ') < 0 ? title.length() : title.indexOf(' ');
        String first = title.substring(0, end);
        // "Idempotency and safe methods" reads in a sentence as "idempotency and safe methods"; "HTTP methods",
        // "N+1 query problem" and "ACID" keep their first word
        boolean plain = first.length() > 1 && Character.isUpperCase(first.charAt(0))
                && first.substring(1).chars().allMatch(Character::isLowerCase);
        return plain ? Character.toLowerCase(title.charAt(0)) + title.substring(1) : title;
    }

    private Optional<Choice> review(TrackIndex track, Standing standing, History history) {
        var cards = standing.state().reviews();
        if (cards.isEmpty()) {
            return Optional.empty();
        }
        var due = new ArrayList<Due>(cards.size());
        for (var card : cards) {
            if (!standing.held(card.conceptId(), card.level())) {
                // a rung whose hold is lost is learned again, as practice (with follow-ups and recovery), not
                // reviewed; its card goes on once the rung is held again
                continue;
            }
            double r = standing.retrievability(card);
            if (!card.due().isAfter(standing.today()) || r < standing.targetRetention()) {
                due.add(new Due(card, r));
            }
        }
        due.sort(Comparator.comparingDouble(Due::retrievability).thenComparing(d -> d.card().conceptId())
                .thenComparing(d -> d.card().level()));
        for (var d : due) {
            var card = d.card();
            var challenge = rotation.any(track.challenges(card.conceptId(), card.level()), history);
            if (challenge.isPresent()) {
                return Optional.of(new Choice(challenge.get(), StepReason.REVIEW, "Review: " + track.title(card.conceptId())
                        + " at " + rung(card.level()) + ". Your predicted recall has fallen to "
                        + percent(d.retrievability()) + (standing.interviewClose()
                                ? ", and with your interview close we keep it high." : ", so it is due.")));
            }
        }
        return Optional.empty();
    }

    /** A review card that is due, with its predicted recall today. */
    private record Due(ReviewCard card, double retrievability) {}

    static String rung(ChallengeLevel level) {
        return level.name();
    }

    private static String percent(double p) {
        return String.format(Locale.ROOT, "%d %%", Math.round(p * 100));
    }

    private static String lower(String sentence) {
        return sentence.isEmpty() ? sentence : Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1);
    }
}

package dev.interviewcoach.core.internal.progression;

import dev.interviewcoach.api.ChallengeLevel;
import dev.interviewcoach.api.LearnerState;
import dev.interviewcoach.api.Mastery;
import dev.interviewcoach.api.MasteryStatus;
import dev.interviewcoach.api.ReviewCard;
import dev.interviewcoach.core.internal.learner.Placements;
import dev.interviewcoach.core.internal.memory.ReviewScheduler;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where a learner stands today, as the progression reads the state.
 *
 * <ul>
 *   <li><b>solid</b>: confirmed mastery; or a placement on answers of the concept's own not since
 *       contradicted (mastery {@code NOT_MASTERED}); or an estimate of at least {@value #CLIMB_FROM}
 *       backed by {@value #CLIMB_EVIDENCE} answers.</li>
 *   <li><b>held</b>: a rung the learner can climb on: solid, or its last whole question passed and
 *       its mastery is not {@code NOT_MASTERED}. One pass is enough to move on; the rung is confirmed
 *       later, by reviews and by the evidence that answers on the rungs above give the rungs below,
 *       and a recovery steps back down to it while it is not solid.</li>
 *   <li><b>confirmed</b>: mastery {@code MASTERED} from graded answers (placement alone never
 *       confirms) that is still <b>fresh</b>: held rungs decay without practice or reviews, and once
 *       the predicted recall of the rung's review card has fallen to the target retention the hold is
 *       stale until a review confirms it again.</li>
 * </ul>
 *
 * <p>The target retention is the scheduler's, raised as the learner's interview date approaches.
 */
final class Standing {
    /** An estimate from which a rung counts as held for climbing on. */
    static final double CLIMB_FROM = 0.8;
    /** Answers that must back such an estimate. */
    static final int CLIMB_EVIDENCE = 2;
    /** Within this many days of the interview, pacing tightens. */
    static final long CLOSE_DAYS = 14;
    /** The retention reviews aim for close to the interview. */
    static final double CLOSE_RETENTION = 0.95;

    private static final ChallengeLevel[] LEVELS = ChallengeLevel.values();

    private final LearnerState state;
    private final ReviewScheduler scheduler;
    private final LocalDate today;
    private final double targetRetention;
    private final boolean interviewClose;

    private final History history;
    /** Per concept, what the state says of its rungs and what was worked out from it, worked out once. */
    private final Map<String, Rungs> concepts = new HashMap<>();
    /** Whether the track has a question of a concept at a rung. */
    private final java.util.function.BiPredicate<String, ChallengeLevel> asked;

    /**
     * One concept's rungs: the state's first mastery record and review card per rung, and memos of
     * the questions progression asks many times per choice. A choice reads one state, so its answers
     * do not change while it is made.
     */
    private static final class Rungs {
        final Mastery[] mastery = new Mastery[LEVELS.length];
        final ReviewCard[] cards = new ReviewCard[LEVELS.length];
        /** 0 not yet known, 1 no, 2 yes. */
        final byte[] held = new byte[LEVELS.length];
        final byte[] fresh = new byte[LEVELS.length];
        int placedRank = -1;
        ChallengeLevel frontier;
        /** Whether every rung with a question is held; set with the frontier. */
        boolean complete;
    }

    Standing(LearnerState state, ReviewScheduler scheduler, LocalDate today, History history) {
        this(state, scheduler, today, history, (concept, level) -> true);
    }

    /**
     * A standing on a track whose concepts may lack questions on some rungs (a small track that loads
     * without every rung): such a rung is no frontier, and a concept whose rungs with questions are all
     * held is complete.
     */
    Standing(LearnerState state, ReviewScheduler scheduler, LocalDate today, History history,
            java.util.function.BiPredicate<String, ChallengeLevel> asked) {
        this.asked = asked;
        this.state = state;
        this.history = history;
        this.scheduler = scheduler;
        this.today = today;
        var days = state.profile().interviewDate().map(d -> ChronoUnit.DAYS.between(today, d));
        this.interviewClose = days.filter(d -> d >= 0 && d <= CLOSE_DAYS).isPresent();
        this.targetRetention = interviewClose ? Math.max(scheduler.desiredRetention(), CLOSE_RETENTION)
                : scheduler.desiredRetention();
        for (var m : state.mastery()) {
            var rungs = rungs(m.conceptId());
            if (rungs.mastery[m.level().ordinal()] == null) {
                rungs.mastery[m.level().ordinal()] = m; // the first, as LearnerState.mastery finds it
            }
        }
        for (var card : state.reviews()) {
            var rungs = rungs(card.conceptId());
            if (rungs.cards[card.level().ordinal()] == null) {
                rungs.cards[card.level().ordinal()] = card;
            }
        }
    }

    private Rungs rungs(String conceptId) {
        var rungs = concepts.get(conceptId);
        if (rungs == null) {
            rungs = new Rungs();
            concepts.put(conceptId, rungs);
        }
        return rungs;
    }

    private Mastery record(String conceptId, ChallengeLevel level) {
        var rungs = concepts.get(conceptId);
        return rungs == null ? null : rungs.mastery[level.ordinal()];
    }

    LearnerState state() {
        return state;
    }

    LocalDate today() {
        return today;
    }

    /** The recall below which a review card is due: the scheduler's, raised close to the interview. */
    double targetRetention() {
        return targetRetention;
    }

    /** Whether the learner's interview is near: reviews and weakest concepts come first. */
    boolean interviewClose() {
        return interviewClose;
    }

    Optional<Mastery> mastery(String conceptId, ChallengeLevel level) {
        return Optional.ofNullable(record(conceptId, level));
    }

    boolean held(String conceptId, ChallengeLevel level) {
        var rungs = rungs(conceptId);
        byte known = rungs.held[level.ordinal()];
        if (known != 0) {
            return known == 2;
        }
        boolean held = solid(conceptId, level);
        if (!held) {
            var m = rungs.mastery[level.ordinal()];
            var status = m == null ? MasteryStatus.TENTATIVE : m.status();
            held = status != MasteryStatus.NOT_MASTERED && history.lastQuestionPassed(conceptId, level);
        }
        rungs.held[level.ordinal()] = (byte) (held ? 2 : 1);
        return held;
    }

    /**
     * Whether the learner's own answers (not a placement) back a rung: its last whole question passed,
     * or an estimate of at least {@value #CLIMB_FROM} on {@value #CLIMB_EVIDENCE} answers.
     */
    boolean answered(String conceptId, ChallengeLevel level) {
        var m = record(conceptId, level);
        return m != null && m.probability() >= CLIMB_FROM && m.evidenceCount() >= CLIMB_EVIDENCE
                || history.lastQuestionPassed(conceptId, level);
    }

    boolean solid(String conceptId, ChallengeLevel level) {
        var m = record(conceptId, level);
        var status = m == null ? MasteryStatus.TENTATIVE : m.status();
        if (status == MasteryStatus.MASTERED) {
            return true;
        }
        if (status == MasteryStatus.NOT_MASTERED) {
            return false;
        }
        return placedRank(conceptId) >= level.rank()
                || m != null && m.probability() >= CLIMB_FROM && m.evidenceCount() >= CLIMB_EVIDENCE;
    }

    /**
     * Whether the diagnosis placed the concept at this rung or above, backed by its own answers or
     * inferred from the other concepts: a rung the readiness map may show as held on a placement.
     */
    boolean placedAt(String conceptId, ChallengeLevel level) {
        for (var p : state.placements()) {
            if (p.conceptId().equals(conceptId) && p.level().filter(l -> l.rank() >= level.rank()).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** The rank a backed placement holds ({@link Placements#heldRank}), worked out once per concept. */
    private int placedRank(String conceptId) {
        var rungs = rungs(conceptId);
        if (rungs.placedRank < 0) {
            rungs.placedRank = Placements.heldRank(state.placements(), conceptId);
        }
        return rungs.placedRank;
    }

    /** Whether graded answers made a rung {@code MASTERED} (fresh or not). */
    boolean mastered(String conceptId, ChallengeLevel level) {
        var m = record(conceptId, level);
        return m != null && m.status() == MasteryStatus.MASTERED;
    }

    boolean confirmed(String conceptId, ChallengeLevel level) {
        var m = record(conceptId, level);
        return m != null && m.status() == MasteryStatus.MASTERED && fresh(conceptId, level);
    }

    /**
     * Whether a rung's review card, if any, is not due and still predicts recall of at least {@code recall}
     * today.
     */
    boolean recalls(String conceptId, ChallengeLevel level, double recall) {
        var card = rungs(conceptId).cards[level.ordinal()];
        return card == null || !due(card) && retrievability(card) >= recall;
    }

    /** A rung's review card, if it has one. */
    Optional<ReviewCard> card(String conceptId, ChallengeLevel level) {
        return Optional.ofNullable(rungs(conceptId).cards[level.ordinal()]);
    }

    /** Whether a rung's review card, if any, still predicts recall at the target retention. */
    boolean fresh(String conceptId, ChallengeLevel level) {
        var rungs = rungs(conceptId);
        byte known = rungs.fresh[level.ordinal()];
        if (known != 0) {
            return known == 2;
        }
        var card = rungs.cards[level.ordinal()];
        boolean fresh = card == null || !due(card);
        rungs.fresh[level.ordinal()] = (byte) (fresh ? 2 : 1);
        return fresh;
    }

    /** Whether a review card is due today: its day has come, or recall fell to the target retention. */
    boolean due(ReviewCard card) {
        return !card.due().isAfter(today) || retrievability(card) < targetRetention;
    }

    double retrievability(ReviewCard card) {
        return scheduler.retrievability(card, today);
    }

    /** The lowest rung not held; PRESSURE when all are (see {@link #complete}). */
    ChallengeLevel frontier(String conceptId) {
        var rungs = rungs(conceptId);
        if (rungs.frontier == null) {
            var frontier = ChallengeLevel.PRESSURE;
            rungs.complete = true;
            for (var level : LEVELS) {
                if (!held(conceptId, level) && asked.test(conceptId, level)) {
                    frontier = level;
                    rungs.complete = false;
                    break;
                }
            }
            rungs.frontier = frontier;
        }
        return rungs.frontier;
    }

    /** Whether every rung of a concept is held. */
    boolean complete(String conceptId) {
        frontier(conceptId);
        return rungs(conceptId).complete;
    }

    /** How weak a concept is: its frontier, then the mean estimate of its rungs (lower is weaker). */
    double strength(String conceptId) {
        double sum = 0;
        for (var level : LEVELS) {
            var m = record(conceptId, level);
            sum += m != null ? m.probability() : held(conceptId, level) ? 0.75 : 0.25;
        }
        return (complete(conceptId) ? 5 : frontier(conceptId).ordinal()) + sum / LEVELS.length;
    }
}

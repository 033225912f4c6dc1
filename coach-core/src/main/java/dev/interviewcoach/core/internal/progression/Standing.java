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

    private final LearnerState state;
    private final ReviewScheduler scheduler;
    private final LocalDate today;
    private final double targetRetention;
    private final boolean interviewClose;

    private final History history;

    Standing(LearnerState state, ReviewScheduler scheduler, LocalDate today, History history) {
        this.state = state;
        this.history = history;
        this.scheduler = scheduler;
        this.today = today;
        var days = state.profile().interviewDate().map(d -> ChronoUnit.DAYS.between(today, d));
        this.interviewClose = days.filter(d -> d >= 0 && d <= CLOSE_DAYS).isPresent();
        this.targetRetention = interviewClose ? Math.max(scheduler.desiredRetention(), CLOSE_RETENTION)
                : scheduler.desiredRetention();
    }

    LearnerState state() {
        return state;
    }

    LocalDate today() {
        return today;
    }

    /** Whether the learner's interview is near: reviews and weakest concepts come first. */
    boolean interviewClose() {
        return interviewClose;
    }

    Optional<Mastery> mastery(String conceptId, ChallengeLevel level) {
        return state.mastery(conceptId, level);
    }

    boolean held(String conceptId, ChallengeLevel level) {
        if (solid(conceptId, level)) {
            return true;
        }
        var status = state.mastery(conceptId, level).map(Mastery::status).orElse(MasteryStatus.TENTATIVE);
        return status != MasteryStatus.NOT_MASTERED && history.lastQuestionPassed(conceptId, level);
    }

    /** Whether answers (not a placement) back a rung: an estimate of at least {@value #CLIMB_FROM} on {@value #CLIMB_EVIDENCE} answers. */
    boolean answered(String conceptId, ChallengeLevel level) {
        return state.mastery(conceptId, level)
                .filter(m -> m.probability() >= CLIMB_FROM && m.evidenceCount() >= CLIMB_EVIDENCE).isPresent();
    }

    boolean solid(String conceptId, ChallengeLevel level) {
        var m = state.mastery(conceptId, level);
        var status = m.map(Mastery::status).orElse(MasteryStatus.TENTATIVE);
        if (status == MasteryStatus.MASTERED) {
            return true;
        }
        if (status == MasteryStatus.NOT_MASTERED) {
            return false;
        }
        return Placements.holds(state.placements(), conceptId, level)
                || m.filter(x -> x.probability() >= CLIMB_FROM && x.evidenceCount() >= CLIMB_EVIDENCE).isPresent();
    }

    boolean confirmed(String conceptId, ChallengeLevel level) {
        return state.mastery(conceptId, level).filter(m -> m.status() == MasteryStatus.MASTERED).isPresent()
                && fresh(conceptId, level);
    }

    /** Whether a rung's review card, if any, still predicts recall at the target retention. */
    boolean fresh(String conceptId, ChallengeLevel level) {
        return state.review(conceptId, level).map(card -> !due(card)).orElse(true);
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
        for (var level : ChallengeLevel.values()) {
            if (!held(conceptId, level)) {
                return level;
            }
        }
        return ChallengeLevel.PRESSURE;
    }

    /** Whether every rung of a concept is held. */
    boolean complete(String conceptId) {
        return held(conceptId, ChallengeLevel.PRESSURE) && frontier(conceptId) == ChallengeLevel.PRESSURE;
    }

    /** How weak a concept is: its frontier, then the mean estimate of its rungs (lower is weaker). */
    double strength(String conceptId) {
        double sum = 0;
        for (var level : ChallengeLevel.values()) {
            sum += state.mastery(conceptId, level).map(Mastery::probability)
                    .orElse(held(conceptId, level) ? 0.75 : 0.25);
        }
        return (complete(conceptId) ? 5 : frontier(conceptId).ordinal()) + sum / ChallengeLevel.values().length;
    }
}

package dev.interviewcoach.core.internal.learner;

import dev.interviewcoach.api.ChallengeLevel;
import dev.interviewcoach.api.Mastery;
import dev.interviewcoach.api.MasteryStatus;
import dev.interviewcoach.api.Placement;
import dev.interviewcoach.api.MasteryChange;
import java.util.ArrayList;
import java.util.List;

/**
 * Moves the mastery of a concept's rungs with one graded answer: the answered rung by knowledge
 * tracing, and the rungs below it by the success the answer shows, since a rung is built on the
 * ones beneath it. A failure says nothing about the rungs below (it may be the higher rung alone).
 *
 * <p>Every estimate starts from a prior: 0.25, or, once diagnosis has placed the concept on answers
 * of its own, 0.75 for the rungs it placed as held and 0.15 above them. An estimate is {@link MasteryStatus#TENTATIVE}
 * until {@value #CONFIRMING_EVIDENCE} answers back it, so one answer never makes a claim; then it is
 * {@link MasteryStatus#MASTERED} from 0.85 and {@link MasteryStatus#NOT_MASTERED} below 0.3. The status moves
 * the way the estimate moved: an answer that raised the estimate never lowers the status, one that
 * lowered it never raises it, and an answer that raised the estimate never marks a rung its placement
 * holds as not mastered.
 */
final class MasteryTracker {
    /** Answers needed before an estimate makes a claim either way. */
    static final int CONFIRMING_EVIDENCE = MasteryThresholds.CONFIRMING_EVIDENCE;
    static final double MASTERED_FROM = MasteryThresholds.MASTERED_FROM;
    static final double NOT_MASTERED_BELOW = MasteryThresholds.NOT_MASTERED_BELOW;
    static final double PRIOR = 0.25;
    static final double PLACED_HELD_PRIOR = 0.75;
    static final double PLACED_ABOVE_PRIOR = 0.15;
    /** How much of an answer's evidence reaches the rung one below; it halves again per rung. */
    static final double LOWER_RUNG_WEIGHT = 0.5;
    /**
     * How much of a whole question's move a follow-up's answer makes: it asks one point of the question,
     * so a right answer to it after a miss is half the evidence of knowing the rung, and a wrong one
     * half the evidence against.
     */
    static final double FOLLOW_UP_WEIGHT = 0.5;
    /**
     * How much of a whole question's move a pass makes on a question the learner failed before: its
     * feedback showed what the answer missed, so saying it now is in part saying back what was shown (a
     * question comes back once its rung's others are used up), and half the evidence of knowing the rung.
     * A failure on it is full evidence against, as any failure.
     */
    static final double RETRY_PASS_WEIGHT = 0.5;

    /** What kind of answer moves the estimates, which says how far it moves them. */
    enum AnswerKind {
        /** An answer to a whole question not failed before: full evidence either way. */
        WHOLE,
        /** An answer to a follow-up on one point: {@link #FOLLOW_UP_WEIGHT half} the evidence either way, never raising a status. */
        FOLLOW_UP,
        /** An answer to a whole question the learner failed before and was shown the feedback of: a pass is {@link #RETRY_PASS_WEIGHT half} the evidence. */
        RETRY_AFTER_FAILURE;

        double weight(boolean passed) {
            return switch (this) {
                case WHOLE -> 1;
                case FOLLOW_UP -> FOLLOW_UP_WEIGHT;
                case RETRY_AFTER_FAILURE -> passed ? RETRY_PASS_WEIGHT : 1;
            };
        }
    }

    private static final ChallengeLevel[] LEVELS = ChallengeLevel.values();

    private final KnowledgeTracing tracing;
    private final int recentLimit;

    MasteryTracker(KnowledgeTracing tracing, int recentLimit) {
        this.tracing = tracing;
        this.recentLimit = recentLimit;
    }

    /** The new mastery list and how each estimate the answer moved changed. */
    record Result(List<Mastery> mastery, List<MasteryChange> changes) {}

    Result apply(List<Mastery> mastery, List<Placement> placements, String conceptId, ChallengeLevel level,
            double score, boolean passed, String attemptId) {
        return apply(mastery, placements, conceptId, level, score, passed, AnswerKind.WHOLE, attemptId);
    }

    /**
     * As {@link #apply(List, List, String, ChallengeLevel, double, boolean, String)}, for an answer of the
     * given kind: a follow-up on one of a question's points moves the estimates {@link #FOLLOW_UP_WEIGHT half}
     * as far as a whole question's answer, and never raises a status, since one point said when asked for it
     * does not confirm a rung (a rung a failed answer took from MASTERED waits for a whole question); a pass
     * on a question failed before moves them {@link #RETRY_PASS_WEIGHT half} as far.
     */
    Result apply(List<Mastery> mastery, List<Placement> placements, String conceptId, ChallengeLevel level,
            double score, boolean passed, AnswerKind kind, String attemptId) {
        boolean whole = kind != AnswerKind.FOLLOW_UP;
        double weight = kind.weight(passed);
        // the concept's records at the answered rung and below, the first per rung (as a search by
        // concept and rung finds it), in one pass
        var found = new Mastery[level.ordinal() + 1];
        for (var m : mastery) {
            int rank = m.level().ordinal();
            if (rank <= level.ordinal() && found[rank] == null && m.conceptId().equals(conceptId)) {
                found[rank] = m;
            }
        }
        var added = new ArrayList<Mastery>(level.ordinal() + 1);
        var changes = new ArrayList<MasteryChange>(level.ordinal() + 1);
        double evidence = tracing.evidence(score);
        for (int rank = level.ordinal(); rank >= 0; rank--) {
            var rung = LEVELS[rank];
            var before = found[rank];
            double p0 = before != null ? before.probability() : prior(placements, conceptId, rung);
            double p1;
            if (rung == level) {
                p1 = p0 + weight * (tracing.answered(p0, score) - p0);
            } else if (evidence > 0 && passed) {
                p1 = KnowledgeTracing.shift(p0, weight * evidence * Math.pow(LOWER_RUNG_WEIGHT, level.ordinal() - rank));
            } else {
                found[rank] = null; // untouched: stays where it is
                continue;
            }
            int count = (before != null ? before.evidenceCount() : 0) + 1;
            var recent = Recent.append(before != null ? before.recentAttemptIds() : List.of(), attemptId, recentLimit);
            var statusBefore = before != null ? before.status() : MasteryStatus.TENTATIVE;
            var status = agreeing(status(p1, count), statusBefore, p0, p1);
            if (!whole && rank(status) > rank(statusBefore)) {
                status = statusBefore;
            }
            if (rung == level && (evidence < 0 || !passed) && rank(status) > rank(statusBefore)) {
                // the learning a practice answer brings can lift the estimate after a failed answer (and a
                // score just under the pass mark is above the estimate's neutral point), but a failed answer
                // never confirms its own rung
                status = statusBefore;
            }
            if (status == MasteryStatus.NOT_MASTERED && evidence > 0 && Placements.holds(placements, conceptId, rung)) {
                status = MasteryStatus.TENTATIVE; // a passing answer never contradicts the placement
            }
            added.add(new Mastery(conceptId, rung, p1, count, status, recent));
            changes.add(new MasteryChange(conceptId, rung, p0, p1, statusBefore, status));
        }
        // the records replaced leave the list (by identity: equals compares whole records), the new ones
        // come at its end, the answered rung first
        var out = new ArrayList<Mastery>(mastery.size() + added.size());
        for (var m : mastery) {
            if (!replaced(found, m)) {
                out.add(m);
            }
        }
        out.addAll(added);
        return new Result(out, changes);
    }

    private static boolean replaced(Mastery[] found, Mastery m) {
        for (var f : found) {
            if (f == m) {
                return true;
            }
        }
        return false;
    }

    /**
     * The status an answer leaves, moving the same way as the estimate: an answer that raised the
     * estimate never lowers the status (two answers making a claim, the second a pass, do not claim
     * "not mastered"), and one that lowered it never raises the status (a failed answer never makes a
     * rung mastered).
     */
    static MasteryStatus agreeing(MasteryStatus status, MasteryStatus before, double p0, double p1) {
        if (p1 >= p0 && rank(status) < rank(before)) {
            return before;
        }
        if (p1 < p0 && rank(status) > rank(before)) {
            return before;
        }
        return status;
    }

    private static int rank(MasteryStatus status) {
        return switch (status) {
            case NOT_MASTERED -> 0;
            case TENTATIVE -> 1;
            case MASTERED -> 2;
        };
    }

    static MasteryStatus status(double probability, int evidenceCount) {
        if (evidenceCount < CONFIRMING_EVIDENCE) {
            return MasteryStatus.TENTATIVE;
        }
        return probability >= MASTERED_FROM ? MasteryStatus.MASTERED
                : probability < NOT_MASTERED_BELOW ? MasteryStatus.NOT_MASTERED : MasteryStatus.TENTATIVE;
    }

    static double prior(List<Placement> placements, String conceptId, ChallengeLevel level) {
        if (Placements.backed(placements, conceptId).isEmpty()) {
            return PRIOR;
        }
        return Placements.holds(placements, conceptId, level) ? PLACED_HELD_PRIOR : PLACED_ABOVE_PRIOR;
    }
}

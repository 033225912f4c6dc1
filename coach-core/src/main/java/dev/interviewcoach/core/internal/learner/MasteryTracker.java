package dev.interviewcoach.core.internal.learner;

import dev.interviewcoach.api.ChallengeLevel;
import dev.interviewcoach.api.Mastery;
import dev.interviewcoach.api.MasteryStatus;
import dev.interviewcoach.api.Placement;
import dev.interviewcoach.api.MasteryChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Moves the mastery of a concept's rungs with one graded answer: the answered rung by knowledge
 * tracing, and the rungs below it by the success the answer shows, since a rung is built on the
 * ones beneath it. A failure says nothing about the rungs below (it may be the higher rung alone).
 *
 * <p>Every estimate starts from a prior: 0.25, or, once diagnosis has placed the concept on answers
 * of its own, 0.75 for the rungs it placed as held and 0.15 above them. An estimate is {@link MasteryStatus#TENTATIVE}
 * until {@value #CONFIRMING_EVIDENCE} answers back it, so one answer never makes a claim; then it is
 * {@link MasteryStatus#MASTERED} from 0.85 and {@link MasteryStatus#NOT_MASTERED} below 0.3.
 */
final class MasteryTracker {
    /** Answers needed before an estimate makes a claim either way. */
    static final int CONFIRMING_EVIDENCE = 2;
    static final double MASTERED_FROM = 0.85;
    static final double NOT_MASTERED_BELOW = 0.3;
    static final double PRIOR = 0.25;
    static final double PLACED_HELD_PRIOR = 0.75;
    static final double PLACED_ABOVE_PRIOR = 0.15;
    /** How much of an answer's evidence reaches the rung one below; it halves again per rung. */
    static final double LOWER_RUNG_WEIGHT = 0.5;

    private final KnowledgeTracing tracing;
    private final int recentLimit;

    MasteryTracker(KnowledgeTracing tracing, int recentLimit) {
        this.tracing = tracing;
        this.recentLimit = recentLimit;
    }

    /** The new mastery list and how each estimate the answer moved changed. */
    record Result(List<Mastery> mastery, List<MasteryChange> changes) {}

    Result apply(List<Mastery> mastery, List<Placement> placements, String conceptId, ChallengeLevel level,
            double score, String attemptId) {
        var out = new ArrayList<>(mastery);
        var changes = new ArrayList<MasteryChange>();
        double evidence = tracing.evidence(score);
        for (int rank = level.ordinal(); rank >= 0; rank--) {
            var rung = ChallengeLevel.values()[rank];
            var before = find(mastery, conceptId, rung);
            double p0 = before.map(Mastery::probability).orElseGet(() -> prior(placements, conceptId, rung));
            double p1;
            if (rung == level) {
                p1 = tracing.answered(p0, score);
            } else if (evidence > 0) {
                p1 = KnowledgeTracing.shift(p0, evidence * Math.pow(LOWER_RUNG_WEIGHT, level.ordinal() - rank));
            } else {
                continue;
            }
            int count = before.map(Mastery::evidenceCount).orElse(0) + 1;
            var recent = Recent.append(before.map(Mastery::recentAttemptIds).orElse(List.of()), attemptId, recentLimit);
            var status = status(p1, count);
            before.ifPresent(out::remove);
            out.add(new Mastery(conceptId, rung, p1, count, status, recent));
            changes.add(new MasteryChange(conceptId, rung, p0, p1,
                    before.map(Mastery::status).orElse(MasteryStatus.TENTATIVE), status));
        }
        return new Result(out, changes);
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

    private static Optional<Mastery> find(List<Mastery> mastery, String conceptId, ChallengeLevel level) {
        return mastery.stream().filter(m -> m.conceptId().equals(conceptId) && m.level() == level).findFirst();
    }
}

package dev.interviewcoach.core.internal.learner;

import dev.interviewcoach.api.ChallengeLevel;
import dev.interviewcoach.api.Placement;
import java.util.List;
import java.util.Optional;

/**
 * What a learner's placements say about the rungs they hold. Only a placement backed by answers on
 * its own concept counts: the others are inferred from other concepts alone and are too weak to skip
 * a rung on. A reset placement (confidence 0, left by a restarted diagnosis) backs nothing.
 */
public final class Placements {
    private Placements() {}

    /**
     * The placement of a concept that answers back.
     *
     * @param placements the learner's placements
     * @param conceptId the concept
     * @return the placement, or empty when there is none or no answer on the concept backs it
     */
    public static Optional<Placement> backed(List<Placement> placements, String conceptId) {
        for (var p : placements) { // a plain loop: progression asks this for every concept on every step
            if (p.conceptId().equals(conceptId) && p.backed()) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a backed placement holds a rung.
     *
     * @param placements the learner's placements
     * @param conceptId the concept
     * @param level the rung
     * @return true when the concept was placed at or above the rung
     */
    public static boolean holds(List<Placement> placements, String conceptId, ChallengeLevel level) {
        return heldRank(placements, conceptId) >= level.rank();
    }

    /**
     * The rank of the highest rung a backed placement holds.
     *
     * @param placements the learner's placements
     * @param conceptId the concept
     * @return 1 (DEFINE) to 5 (PRESSURE), or 0 when no rung is held or the placement is not backed
     */
    public static int heldRank(List<Placement> placements, String conceptId) {
        return backed(placements, conceptId).flatMap(Placement::level).map(ChallengeLevel::rank).orElse(0);
    }
}

package dev.interviewcoach.core.internal.progression;

import dev.interviewcoach.api.Attempt;
import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.ChallengeLevel;
import dev.interviewcoach.api.StepReason;
import dev.interviewcoach.core.internal.progression.Progression.Choice;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Optional;

/**
 * Recovery after two failures in a row at one concept × rung: a step down when the learner's own
 * answers do not back the rung below, else a different challenge of the same rung with a hint, and a
 * step down after all once that misses too; a question never asked either way.
 */
final class Recovery {
    /**
     * Misses in a row at a rung after which a recovery steps down even to a rung the learner's answers
     * back: two misses bring a different question of the rung with a hint; when that misses too, more of
     * the same rung is a loop, and a fresh question a rung down rebuilds footing.
     */
    static final int STEP_DOWN_AFTER = 2;
    /** The steps whose failures count towards a recovery. */
    private static final EnumSet<StepReason> RECOVERED = EnumSet.of(StepReason.PRACTICE, StepReason.REVIEW,
            StepReason.RECOVERY, StepReason.FOLLOW_UP);

    private Recovery() {}

    /** Whether a failed answer to a step of this kind counts towards a recovery. */
    static boolean follows(StepReason reason) {
        return RECOVERED.contains(reason);
    }

    static Optional<Choice> choose(TrackIndex track, Standing standing, History history, Rotation rotation,
            Attempt failed) {
        String concept = failed.conceptId();
        ChallengeLevel level = failed.level();
        int misses = history.failuresInARow(concept, level);
        if (misses < 2) {
            return Optional.empty();
        }
        // a follow-up that met part of its point is said to have done so: "two misses" would read as if
        // the answer had said nothing right
        String head = FollowUps.partlyMet(failed.challengeId(), failed.grade())
                ? "Your follow-up on " + track.title(concept) + " at " + Progression.rung(level)
                        + " met part of its point, after an answer short of a pass"
                : (misses == 2 ? "Two" : String.valueOf(misses)) + " misses in a row on " + track.title(concept)
                        + " at " + Progression.rung(level);
        // a rung below that the learner's answers back is left alone at first (a different question of
        // this rung, with a hint, is the better help); once that help has missed as well, a step down
        var down = level.previous().filter(l -> !standing.answered(concept, l) || misses > STEP_DOWN_AFTER);
        if (down.isPresent()) {
            // a question never asked: one asked before was shown with what a strong answer says
            var step = rotation.fresh(track.challenges(concept, down.get()), history);
            if (step.isPresent()) {
                return step.map(c -> new Choice(c, StepReason.RECOVERY, head + ": a step down to "
                        + Progression.rung(down.get()) + " to rebuild your footing before climbing again."));
            }
        }
        var fresh = rotation.fresh(track.challenges(concept, level), history);
        if (fresh.isPresent()) {
            return fresh.map(c -> new Choice(c, StepReason.RECOVERY,
                    head + ": a different question at the same rung, with a hint. Hint: " + hint(c)));
        }
        // every question of the rung has been asked, and its feedback showed what a strong answer says: asked
        // again it would test memory of that feedback, so a new question a rung down, or none (practice then
        // moves on to another concept for a while)
        return level.previous().flatMap(l -> rotation.fresh(track.challenges(concept, l), history))
                .map(c -> new Choice(c, StepReason.RECOVERY, head + ": every question of this rung has been asked, "
                        + "so a new one a step down, to rebuild your footing before climbing again."));
    }

    private static String hint(Challenge challenge) {
        if (!challenge.hints().isEmpty()) {
            return challenge.hints().get(0);
        }
        return challenge.rubric().criteria().stream().max(Comparator.comparingDouble(c -> c.weight()))
                .map(c -> "a strong answer covers this: " + c.description()).orElse("");
    }
}

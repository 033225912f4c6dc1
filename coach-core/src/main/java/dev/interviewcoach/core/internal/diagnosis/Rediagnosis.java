package dev.interviewcoach.core.internal.diagnosis;

import dev.interviewcoach.api.Attempt;
import dev.interviewcoach.api.LearnerState;
import dev.interviewcoach.api.Placement;
import dev.interviewcoach.api.StepReason;
import dev.interviewcoach.api.Track;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * Whether a learner is being diagnosed, and on which answers.
 *
 * <p>A learner is diagnosed while they have no placements. A restarted diagnosis stores one
 * <em>reset</em> placement per concept: no rung, confidence 0 (which no real placement has) and, as
 * history, the ids of every earlier diagnostic attempt; those attempts stay in the store but are no
 * evidence for the new diagnosis. Nothing else is stored: a diagnosis resumes from the attempts.
 */
public final class Rediagnosis {
    private Rediagnosis() {}

    /**
     * Whether the learner is yet to be placed: never placed, or their diagnosis was restarted.
     *
     * @param state the learner's state
     * @return true while diagnosing
     */
    public static boolean pending(LearnerState state) {
        return state.placements().isEmpty() || isReset(state.placements());
    }

    static boolean isReset(List<Placement> placements) {
        if (placements.isEmpty()) {
            return false;
        }
        for (var p : placements) { // a plain loop: asked on every answer
            if (p.confidence() != 0 || p.level().isPresent()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The diagnostic attempts that are evidence for the diagnosis in progress: those not set aside by
     * a restart.
     *
     * @param state the learner's state
     * @param recent the recent attempts, oldest first
     * @return the diagnostic attempts that count, oldest first
     */
    public static List<Attempt> evidence(LearnerState state, List<Attempt> recent) {
        var history = new HashSet<String>();
        if (isReset(state.placements())) {
            state.placements().forEach(p -> history.addAll(p.attemptIds()));
        }
        return recent.stream().filter(a -> a.reason() == StepReason.DIAGNOSTIC && !history.contains(a.id())).toList();
    }

    /**
     * The state with the diagnosis restarted: reset placements that keep every earlier diagnostic
     * attempt as history. Mastery earned in practice stays.
     *
     * @param state the state
     * @param track the track
     * @param recent the recent attempts, oldest first
     * @return the state to store
     */
    public static LearnerState restart(LearnerState state, Track track, List<Attempt> recent) {
        var ids = new java.util.ArrayList<String>();
        state.placements().forEach(p -> ids.addAll(p.attemptIds()));
        recent.stream().filter(a -> a.reason() == StepReason.DIAGNOSTIC && !ids.contains(a.id()))
                .forEach(a -> ids.add(a.id()));
        var reset = track.concepts().stream()
                .map(c -> new Placement(c.id(), Optional.empty(), 0, ids)).toList();
        return new LearnerState(state.learnerId(), state.trackId(), state.schemaVersion(), state.storeVersion(),
                state.profile(), state.mastery(), state.misconceptions(), state.reviews(), reset, state.updatedAt());
    }
}

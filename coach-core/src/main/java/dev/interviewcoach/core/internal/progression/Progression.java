package dev.interviewcoach.core.internal.progression;

import dev.interviewcoach.api.Attempt;
import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.ChallengeLevel;
import dev.interviewcoach.api.Concept;
import dev.interviewcoach.api.LearnerState;
import dev.interviewcoach.api.Mastery;
import dev.interviewcoach.api.MasteryStatus;
import dev.interviewcoach.api.StepReason;
import dev.interviewcoach.api.Track;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * Chooses the next challenge: the frontier rung of the concept that most needs work, preferring a
 * challenge the learner has not answered recently.
 */
public final class Progression {
    /** A chosen challenge and why. */
    public record Choice(Challenge challenge, StepReason reason, String why) {}

    /**
     * Chooses the next challenge.
     *
     * @param track the track
     * @param state the learner's state
     * @param recent the learner's recent attempts on this track, oldest first
     * @return the choice, or empty when the track has nothing left to ask
     */
    public Optional<Choice> next(Track track, LearnerState state, List<Attempt> recent) {
        var answered = new HashSet<String>();
        recent.forEach(a -> answered.add(a.challengeId()));
        return track.concepts().stream()
                .sorted(Comparator.comparingInt((Concept c) -> frontier(state, c.id()).ordinal())
                        .thenComparingInt(Concept::order))
                .map(c -> pick(track, c, frontier(state, c.id()), answered))
                .flatMap(Optional::stream)
                .findFirst();
    }

    private static ChallengeLevel frontier(LearnerState state, String conceptId) {
        for (var level : ChallengeLevel.values()) {
            boolean held = state.mastery(conceptId, level).map(Mastery::status)
                    .filter(s -> s == MasteryStatus.MASTERED).isPresent();
            if (!held) {
                return level;
            }
        }
        return ChallengeLevel.PRESSURE;
    }

    private static Optional<Choice> pick(Track track, Concept concept, ChallengeLevel level, HashSet<String> answered) {
        var candidates = track.challenges(concept.id(), level);
        return candidates.stream().filter(c -> !answered.contains(c.id())).findFirst()
                .or(() -> candidates.stream().findFirst())
                .map(c -> new Choice(c, StepReason.PRACTICE,
                        "Next on " + concept.title() + ": " + level.meaning()));
    }
}

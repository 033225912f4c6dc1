package dev.interviewcoach.core.internal.progression;

import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.ChallengeLevel;
import dev.interviewcoach.api.MisconceptionRecord;
import dev.interviewcoach.api.MisconceptionStatus;
import dev.interviewcoach.api.StepReason;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A misconception the learner showed comes back as a question on its topic until later answers clear
 * it ({@link MisconceptionStatus#RESOLVED}), so a wrong belief is not forgotten because the learner's
 * other answers were strong: a question on the same concept and topic, at the rung it was shown on or
 * below, never asked yet if one is left, else the one asked longest ago. Not at once: only when none
 * of the latest {@value #SPACING} attempts was on its topic, so it tests what stayed rather than the
 * correction just read, and two checks never come back to back. Recurring ones ({@link
 * MisconceptionStatus#CONFIRMED}) first, then in the order they were recorded.
 */
final class Rechecks {
    /** Attempts after a misconception was last shown before a question checks it again. */
    static final int SPACING = 8;

    private Rechecks() {}

    static Optional<Progression.Choice> choose(TrackIndex track, Standing standing, History history, Rotation rotation) {
        var open = new ArrayList<MisconceptionRecord>();
        for (var r : standing.state().misconceptions()) {
            if (r.status() != MisconceptionStatus.RESOLVED && spaced(track, r, history)) {
                open.add(r);
            }
        }
        // recurring ones first, then in the order they were first recorded
        open.sort(Comparator.comparing((MisconceptionRecord r) -> r.status() != MisconceptionStatus.CONFIRMED));
        for (var r : open) {
            var definer = track.challenge(r.challengeId());
            // a boss question's misconception is the boss's to check again, when it comes back
            if (definer.isEmpty() || boss(track, definer.get()) || Practice.parked(history, definer.get().conceptId())) {
                continue;
            }
            var question = onTopic(track, definer.get(), r.topicId(), history, rotation);
            if (question.isPresent()) {
                String shows = definer.get().misconceptions().stream().filter(m -> m.id().equals(r.misconceptionId()))
                        .findFirst().map(m -> " (" + lowerFirst(m.shows()) + ")").orElse("");
                return Optional.of(new Progression.Choice(question.get(), StepReason.PRACTICE, "An earlier answer on "
                        + track.title(definer.get().conceptId()) + " showed a misconception" + shows
                        + " that no answer since has cleared: a question on the same topic checks it is gone."));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether none of the latest {@value #SPACING} attempts was on the misconception's topic: not the one
     * that showed it, nor a check of it (so two checks do not come back to back).
     */
    private static boolean spaced(TrackIndex track, MisconceptionRecord r, History history) {
        for (var a : history.latest(SPACING)) {
            String asked = FollowUps.baseId(a.challengeId());
            if (asked.equals(r.challengeId())
                    || track.challenge(asked).map(c -> c.allTopicIds().contains(r.topicId())).orElse(false)) {
                return false;
            }
        }
        return true;
    }

    /** A question of the concept on the topic, at the rung the misconception was shown on first, then below. */
    private static Optional<Challenge> onTopic(TrackIndex track, Challenge definer, String topicId, History history,
            Rotation rotation) {
        var levels = new ArrayList<ChallengeLevel>();
        for (var level = Optional.of(definer.level()); level.isPresent(); level = level.get().previous()) {
            levels.add(level.get());
        }
        var all = new ArrayList<Challenge>();
        for (var level : levels) {
            List<Challenge> onTopic = track.challenges(definer.conceptId(), level).stream()
                    .filter(c -> c.allTopicIds().contains(topicId)).toList();
            var fresh = rotation.fresh(onTopic, history);
            if (fresh.isPresent()) {
                return fresh;
            }
            all.addAll(onTopic);
        }
        return rotation.reuse(all, history);
    }

    private static boolean boss(TrackIndex track, Challenge challenge) {
        return track.bosses().stream().anyMatch(b -> b.challenge().id().equals(challenge.id()));
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}

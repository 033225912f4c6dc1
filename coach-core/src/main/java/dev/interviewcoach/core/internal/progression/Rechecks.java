package dev.interviewcoach.core.internal.progression;

import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.ChallengeLevel;
import dev.interviewcoach.api.LearnerProfile;
import dev.interviewcoach.api.MisconceptionRecord;
import dev.interviewcoach.api.MisconceptionStatus;
import dev.interviewcoach.api.StepReason;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Optional;

/**
 * A misconception the learner showed comes back as a question until later answers clear it ({@link
 * MisconceptionStatus#RESOLVED}), so a wrong belief is not forgotten because the learner's other answers
 * were strong. The question is one that can show the same misconception (a challenge that lists it
 * under the same id, the one that showed it included), at the rung it was shown on or below, never
 * asked yet if one is left; only when none can be asked, a question of the same concept on its topic,
 * and the step says it returns to the topic rather than that it checks the misconception. Not at once:
 * only when none of the latest {@value #SPACING} attempts was on its topic, so it tests what stayed
 * rather than the correction just read, and two checks never come back to back. Recurring ones ({@link
 * MisconceptionStatus#CONFIRMED}) first, then in the order they were recorded. While the learner has a
 * focus, only misconceptions on it are checked.
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
        var profile = standing.state().profile();
        for (var r : open) {
            var definer = track.challenge(r.challengeId());
            // a boss question's misconception is the boss's to check again, when it comes back
            if (definer.isEmpty() || boss(track, definer.get()) || Practice.parked(history, definer.get().conceptId())
                    || !inFocus(definer.get(), r, profile)) {
                continue;
            }
            var question = question(track, definer.get(), r, history, rotation);
            if (question.isPresent()) {
                String shows = definer.get().misconceptions().stream().filter(m -> m.id().equals(r.misconceptionId()))
                        .findFirst().map(m -> " (" + lowerFirst(m.shows()) + ")").orElse("");
                int needed = dev.interviewcoach.core.internal.learner.MasteryThresholds.CLEAN_ANSWERS_TO_RESOLVE;
                String because = "An earlier answer on " + track.title(definer.get().conceptId()) + " showed a misconception"
                        + shows + (r.cleanAnswersSince() == 0
                                ? " that your answers have not cleared yet (" + needed + " passing answers on its topic free of it clear it): "
                                : "; " + r.cleanAnswersSince() + " of the " + needed + " passing answers free of it that clear it "
                                        + (r.cleanAnswersSince() == 1 ? "is" : "are") + " in: ");
                return Optional.of(new Progression.Choice(question.get(), StepReason.PRACTICE,
                        because + (detects(question.get(), r)
                                ? "a question that can show the same misconception checks it is gone."
                                : "a question on the same topic returns to it.")));
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

    /**
     * The question that checks a misconception: one that can show it, never asked yet, at the rung it was
     * shown on or below; else one of the concept on its topic, never asked yet; else, of those, the one
     * asked longest ago that the rotation allows again, those that can show it first.
     */
    private static Optional<Challenge> question(TrackIndex track, Challenge definer, MisconceptionRecord r,
            History history, Rotation rotation) {
        var levels = new ArrayList<ChallengeLevel>();
        for (var level = Optional.of(definer.level()); level.isPresent(); level = level.get().previous()) {
            levels.add(level.get());
        }
        var detecting = new ArrayList<Challenge>();
        var onTopic = new ArrayList<Challenge>();
        for (var level : levels) {
            for (var concept : track.track().concepts().stream().map(c -> c.id()).toList()) {
                for (var c : track.challenges(concept, level)) {
                    if (detects(c, r) && !boss(track, c)) {
                        detecting.add(c);
                    }
                }
            }
            for (var c : track.challenges(definer.conceptId(), level)) {
                if (c.allTopicIds().contains(r.topicId()) && !detecting.contains(c)) {
                    onTopic.add(c);
                }
            }
        }
        return rotation.fresh(detecting, history)
                .or(() -> rotation.fresh(onTopic, history))
                .or(() -> rotation.reuse(detecting, history))
                .or(() -> rotation.reuse(onTopic, history));
    }

    /**
     * Whether a misconception is on the learner's focus, when they set one: its concept among the focus
     * concepts, or its topic among the focus topics. A learner who chose what to practise is not taken
     * off it to check a belief shown elsewhere; that check waits until the focus is cleared.
     */
    private static boolean inFocus(Challenge definer, MisconceptionRecord r, LearnerProfile profile) {
        if (profile.focusConceptIds().isEmpty() && profile.focusTopicIds().isEmpty()) {
            return true;
        }
        return profile.focusConceptIds().contains(definer.conceptId()) || profile.focusTopicIds().contains(r.topicId());
    }

    /** Whether answers to a challenge can show the misconception: it lists one under the same id. */
    static boolean detects(Challenge challenge, MisconceptionRecord r) {
        return challenge.misconceptions().stream().anyMatch(m -> m.id().equals(r.misconceptionId()));
    }

    private static boolean boss(TrackIndex track, Challenge challenge) {
        return track.bosses().stream().anyMatch(b -> b.challenge().id().equals(challenge.id()));
    }

    /** A sentence as it reads inside parentheses in another one: lower-case first letter, no full stop. */
    private static String lowerFirst(String text) {
        String t = text.strip();
        if (t.endsWith(".")) {
            t = t.substring(0, t.length() - 1);
        }
        return t.isEmpty() ? t : Character.toLowerCase(t.charAt(0)) + t.substring(1);
    }
}

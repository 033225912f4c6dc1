package dev.interviewcoach.core.internal.progression;

import dev.interviewcoach.api.Attempt;
import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.ChallengeLevel;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * When a boss question may come: every concept it covers holds the boss rung by confirmed, fresh
 * mastery whose card still predicts recall of at least {@value #BOSS_RECALL} today, and has a passing
 * answer there within the warm-up, the last two attempts per covered concept (see {@link
 * History#recentPassAtOrAbove}); and after an answer to it that did not pass, only once the concept its
 * dimensions graded weakest has improved (passing answers on it at the boss rung or above: one, more
 * after repeated misses, see {@link #waitingOn}), never on a timer. A passed boss question does not come back. The boss's last answer is found among the recent
 * attempts or, when it is older, through {@link EarlierAttempts}; a wait that began before the recent
 * attempts ends with a passing answer among them.
 */
final class BossGate {
    private final ChallengeLevel rung;

    BossGate(ChallengeLevel rung) {
        this.rung = rung;
    }

    ChallengeLevel rung() {
        return rung;
    }

    static Set<String> concepts(Challenge boss) {
        var concepts = new LinkedHashSet<String>();
        concepts.add(boss.conceptId());
        boss.rubric().dimensions().forEach(d -> concepts.addAll(d.conceptIds()));
        return concepts;
    }

    /**
     * How many of the latest attempts a covered concept's passing answer at the boss rung must be
     * among, per concept the boss covers: the boss comes after a warm-up that shows each of them again
     * (for eight concepts, within the last sixteen attempts), counted in attempts rather than days so a
     * learner who answers a few questions a day meets it too.
     */
    static final int WARM_UP_PER_CONCEPT = 2;

    /**
     * The first boss question that may be asked now. Besides confirmed mastery, each covered concept
     * needs a passing whole question at the boss rung or above within the warm-up ({@link
     * #warmUp}), and neither of its last two there may have failed: a confirmation earned long ago, or
     * before a fresh failure, does not open the boss (the learner may have forgotten since; one more
     * answer checks).
     */
    Optional<Challenge> open(TrackIndex track, Standing standing, History history) {
        for (var boss : track.bosses()) {
            if (allConfirmed(boss.concepts(), standing) && recentPasses(boss.concepts(), history)
                    && waitingOn(boss.challenge(), history).isEmpty() && !recentlyPassed(boss.challenge(), history)) {
                return Optional.of(boss.challenge());
            }
        }
        return Optional.empty();
    }

    /**
     * The recall the boss rung's review card must still predict today for the boss to come: higher
     * than the retention reviews aim for, so a rung confirmed a day or two ago on a young card (FSRS
     * stability of a few days) is answered again first, while a rung recalled over longer gaps (a
     * higher stability) keeps counting for longer.
     */
    static final double BOSS_RECALL = 0.95;

    /**
     * Whether a covered concept holds the boss rung well enough for the boss: confirmed mastery whose
     * card is not due and still predicts at least {@value #BOSS_RECALL} recall today.
     */
    boolean ready(String concept, Standing standing) {
        return standing.confirmed(concept, rung) && standing.recalls(concept, rung, BOSS_RECALL);
    }

    private boolean allConfirmed(Set<String> concepts, Standing standing) {
        for (var c : concepts) {
            if (!ready(c, standing)) {
                return false;
            }
        }
        return true;
    }

    /** How many of the latest attempts the warm-up before a boss covering these concepts spans. */
    static int warmUp(Set<String> concepts) {
        return WARM_UP_PER_CONCEPT * concepts.size();
    }

    private boolean recentPasses(Set<String> concepts, History history) {
        int within = warmUp(concepts);
        for (var c : concepts) {
            if (!history.recentPassAtOrAbove(c, rung, within)) {
                return false;
            }
        }
        return true;
    }

    static boolean recentlyPassed(Challenge boss, History history) {
        return history.lastOn(boss.id()).filter(a -> history.passed(a)).isPresent();
    }

    /** The most passing answers on the weakest concept a boss question waits for. */
    static final int MOST_PASSES_AWAITED = 4;

    /**
     * The concept a boss question waits on: the weakest of its last answer that did not pass, until
     * that concept has improved: passing answers on it at the boss rung or above since, one after a
     * first miss, and twice as many after each further miss in a row (at most {@value
     * #MOST_PASSES_AWAITED}), so a boss the learner keeps missing does not come back after every
     * single practice answer.
     */
    Optional<String> waitingOn(Challenge boss, History history) {
        return wait(boss, history).map(Wait::conceptId);
    }

    /** The concept a boss question waits on and how many more passing answers on it it waits for. */
    record Wait(String conceptId, long passesLeft) {}

    /** As {@link #waitingOn}, with how many passing answers on the concept are still awaited. */
    Optional<Wait> wait(Challenge boss, History history) {
        var last = history.lastOn(boss.id()).filter(a -> !history.passed(a));
        if (last.isEmpty()) {
            return Optional.empty();
        }
        var weakest = weakest(boss, last.get());
        if (weakest.isEmpty()) {
            return Optional.empty();
        }
        int misses = Math.max(1, history.failedInARow(boss.id()));
        int awaited = misses > 3 ? MOST_PASSES_AWAITED : Math.min(MOST_PASSES_AWAITED, 1 << (misses - 1));
        long passes = history.after(last.get()).stream()
                .filter(a -> a.conceptId().equals(weakest.get()) && a.level().compareTo(rung) >= 0 && history.passed(a))
                .count();
        return passes >= awaited ? Optional.empty() : Optional.of(new Wait(weakest.get(), awaited - passes));
    }

    /** The concept a boss answer's dimension grades put lowest (its own concept without dimensions). */
    static Optional<String> weakest(Challenge boss, Attempt answer) {
        var sums = new LinkedHashMap<String, double[]>();
        for (var d : boss.rubric().dimensions()) {
            answer.grade().dimension(d.id()).ifPresent(r -> d.conceptIds().forEach(c -> {
                var s = sums.computeIfAbsent(c, k -> new double[2]);
                s[0] += r.score();
                s[1]++;
            }));
        }
        if (sums.isEmpty()) {
            return Optional.of(boss.conceptId());
        }
        return sums.entrySet().stream()
                .min(Comparator.comparingDouble(e -> e.getValue()[0] / e.getValue()[1]))
                .map(java.util.Map.Entry::getKey);
    }
}

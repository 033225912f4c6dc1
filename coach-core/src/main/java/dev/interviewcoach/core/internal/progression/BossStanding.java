package dev.interviewcoach.core.internal.progression;

import dev.interviewcoach.api.ChallengeLevel;
import dev.interviewcoach.api.Mastery;
import dev.interviewcoach.api.MasteryStatus;
import dev.interviewcoach.core.BossStatus;
import dev.interviewcoach.core.BossStatus.Gap;
import dev.interviewcoach.core.BossStatus.Reason;
import dev.interviewcoach.core.internal.learner.MasteryThresholds;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where a learner stands with a boss question, read off {@link BossGate}'s own checks one by one, so
 * what a host says about the boss is what decides when it comes. Each reason is worded as the step
 * that works on it words it (a review's "predicted recall has fallen to", practice's "confirmed by your
 * own answers").
 */
final class BossStanding {
    private BossStanding() {}

    static BossStatus of(BossGate gate, TrackIndex.Boss boss, Standing standing, History history) {
        var challenge = boss.challenge();
        var last = history.lastOn(challenge.id());
        var concepts = List.copyOf(boss.concepts());
        if (BossGate.recentlyPassed(challenge, history)) {
            return new BossStatus(challenge.id(), gate.rung(), concepts, BossStatus.State.PASSED, last, List.of());
        }
        var gaps = new ArrayList<Gap>();
        ChallengeLevel rung = gate.rung();
        int warmUp = BossGate.warmUp(boss.concepts());
        for (var c : concepts) {
            if (!gate.ready(c, standing)) {
                gaps.add(notReady(c, rung, standing));
            }
            if (!history.recentPassAtOrAbove(c, rung, warmUp)) {
                gaps.add(noRecentPass(c, rung, warmUp, history));
            }
        }
        gate.wait(challenge, history).ifPresent(w -> gaps.add(new Gap(w.conceptId(), Reason.WEAKEST_IN_LAST_ANSWER,
                "your last boss answer was weakest here: the boss question returns once it improves, after "
                        + w.passesLeft() + " more passing answer" + (w.passesLeft() == 1 ? "" : "s") + " at "
                        + rung + " or above")));
        return new BossStatus(challenge.id(), rung, concepts,
                gaps.isEmpty() ? BossStatus.State.OPEN : BossStatus.State.WAITING, last, gaps);
    }

    /** Why a concept does not hold the boss rung as the boss needs: not confirmed, faded, or recalled too weakly. */
    private static Gap notReady(String concept, ChallengeLevel rung, Standing standing) {
        var mastery = standing.mastery(concept, rung);
        if (mastery.isEmpty() || mastery.get().status() != MasteryStatus.MASTERED) {
            // the estimate's evidence count takes in answers on the rungs above too: not said as answers here
            String figure = mastery.filter(m -> m.evidenceCount() > 0).map(BossStanding::estimate)
                    .orElse(standing.placedAt(concept, rung) ? ", and a placement alone does not count"
                            : " (no answer there yet)");
            return new Gap(concept, Reason.NOT_CONFIRMED, rung + " is not confirmed by your own answers yet" + figure);
        }
        var card = standing.card(concept, rung);
        double recall = card.map(standing::retrievability).orElse(1.0);
        if (!standing.fresh(concept, rung)) {
            return new Gap(concept, Reason.FADED, rung + " was confirmed, but its predicted recall has fallen to "
                    + percent(recall) + ", so its review is due and the boss waits for it");
        }
        return new Gap(concept, Reason.RECALL_BELOW_BOSS, rung + " was confirmed recently: its predicted recall today is "
                + percent(recall) + " and the boss asks for " + percent(BossGate.BOSS_RECALL) + ", so one more answer "
                + "there comes first");
    }

    /**
     * The estimate of a rung not confirmed, and why it is not: below the mark (quoted rounded down, so
     * 84.7 % never reads as the 85 % it falls short of), too little evidence yet, or not yet confirmed by
     * an answer that raised it (a status moves only the way its estimate moved).
     */
    private static String estimate(Mastery m) {
        int from = (int) Math.round(MasteryThresholds.MASTERED_FROM * 100);
        if (m.probability() < MasteryThresholds.MASTERED_FROM) {
            return " (its estimate is " + (int) Math.floor(m.probability() * 100) + " %; it counts as confirmed from "
                    + from + " %)";
        }
        if (m.evidenceCount() < MasteryThresholds.CONFIRMING_EVIDENCE) {
            return " (its estimate is " + percent(m.probability()) + " on too little evidence yet: it counts as confirmed "
                    + "from " + from + " % once " + MasteryThresholds.CONFIRMING_EVIDENCE + " answers back it)";
        }
        return " (its estimate is " + percent(m.probability()) + "; the next passing answer there confirms it)";
    }

    /** Why a concept lacks the recent pass at the boss rung the warm-up asks for. */
    private static Gap noRecentPass(String concept, ChallengeLevel rung, int warmUp, History history) {
        var lastTwo = history.lastTwoAtOrAbove(concept, rung);
        String why;
        if (lastTwo.isEmpty()) {
            why = "no answer at " + rung + " or above in practice among your recent answers; the boss asks for a "
                    + "passing one within your last " + warmUp;
        } else if (!history.passed(lastTwo.get(0))) {
            why = "your last question at " + rung + " or above (follow-ups aside) did not pass: the boss waits for two "
                    + "passing ones there (neither of the last two may have missed)";
        } else if (lastTwo.size() > 1 && !history.passed(lastTwo.get(1))) {
            why = "the question before your last at " + rung + " or above (follow-ups aside) did not pass: one more "
                    + "passing one there comes first (neither of the last two may have missed)";
        } else {
            why = "your last passing answer at " + rung + " or above was " + history.attemptsAgo(lastTwo.get(0))
                    + " answers ago; the boss asks for one within your last " + warmUp + ", to check it still holds";
        }
        return new Gap(concept, Reason.NO_RECENT_PASS, why);
    }

    private static String percent(double p) {
        return String.format(Locale.ROOT, "%d %%", Math.round(p * 100));
    }
}

package dev.interviewcoach.core.internal.progression;

/**
 * The words of a practice step's why that depend on the learner's history, beyond its target's own
 * ({@link PracticeTarget#why}): a concept back after being left alone, and a concept checked again before
 * the boss question.
 */
final class PracticeWhy {
    private PracticeWhy() {}

    /**
     * Why a held concept is asked at the boss rung again before the boss: its last question there or above
     * did not pass, or the one before it did not (the boss asks that neither of the last two missed), or
     * its last pass there is older than the warm-up, or it has none outside the diagnosis among the recent
     * attempts (a concept the diagnosis placed, not practised there since); with how many of the concepts the boss covers have
     * their recent pass already, so the warm-up reads as a round with an end.
     */
    static String recheck(TrackIndex track, PracticeTarget t, History history, BossGate gate) {
        var lastTwo = history.lastTwoAtOrAbove(t.conceptId(), t.level());
        String start = "Confirming " + t.name() + " at " + t.level().name() + " again: ";
        String why;
        if (!lastTwo.isEmpty() && !history.passed(lastTwo.get(0))) {
            why = start + "your last question there or above did not pass, and the boss question waits for two passing "
                    + "ones in a row there.";
        } else if (lastTwo.size() > 1 && !history.passed(lastTwo.get(1))) {
            why = start + "your last answer there or above passed but the one before it did not, and the boss question "
                    + "asks that neither of the last two missed.";
        } else if (lastTwo.isEmpty() && diagnosedThere(history, t)) {
            why = "Confirming " + t.name() + " at " + t.level().name() + ": you hold it, and the boss question asks "
                    + "for a passing answer there or above among your latest practice answers (the diagnosis's do "
                    + "not count); you have none yet outside the diagnosis.";
        } else {
            why = t.why();
        }
        for (var b : track.bosses()) {
            if (b.concepts().contains(t.conceptId()) && !BossGate.recentlyPassed(b.challenge(), history)) {
                int within = BossGate.warmUp(b.concepts());
                long done = b.concepts().stream().filter(c -> history.recentPassAtOrAbove(c, gate.rung(), within)).count();
                return why + " Warm-up for the boss question: " + done + " of its " + b.concepts().size()
                        + " concepts have a recent passing answer at " + gate.rung().name() + " or above.";
            }
        }
        return why;
    }

    /**
     * Whether the recent attempts hold a diagnostic answer on the target's concept at its rung or above: a
     * concept the diagnosis placed there, with no practice answer there since.
     */
    private static boolean diagnosedThere(History history, PracticeTarget t) {
        return history.latest(Integer.MAX_VALUE).stream().anyMatch(a -> a.reason() == dev.interviewcoach.api.StepReason.DIAGNOSTIC
                && a.conceptId().equals(t.conceptId()) && a.level().compareTo(t.level()) >= 0);
    }

    /**
     * For a concept back because it was left alone too long, a sentence that says so; otherwise "".
     *
     * @param neglectedAfter the attempts without a concept after which it comes back first
     */
    static String turn(PracticeTarget t, History history, int neglectedAfter) {
        int since = history.stepsSinceConcept(t.conceptId());
        if (t.focus() || t.kind() == PracticeTarget.Kind.BOSS_WEAKEST || since < neglectedAfter) {
            return "";
        }
        return "None of your last " + (since - 1) + " questions was on " + t.name() + ": concepts take turns, so "
                + "none is left alone long enough to go stale. ";
    }
}

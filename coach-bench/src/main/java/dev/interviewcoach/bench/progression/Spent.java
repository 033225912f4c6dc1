package dev.interviewcoach.bench.progression;

import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.StepReason;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Where a population's attempts before boss-ready went: the share of each kind of step and, per kind,
 * where its single-concept steps fell against the learner's true frontier (the lowest rung not truly
 * held): below it (a rung already held), at it, one above it, or further up.
 */
final class Spent {
    private final Map<StepReason, long[]> byReason = new EnumMap<>(StepReason.class);
    private long steps;

    void count(StepReason reason, Challenge ch, SimLearner learner, Map<String, Integer> index, long day) {
        steps++;
        long[] places = byReason.computeIfAbsent(reason, r -> new long[5]);
        places[4]++;
        if (!ch.isMultiDimensional()) {
            int frontier = (int) Math.floor(learner.skill(index.get(ch.conceptId()), day)) + 1;
            int d = ch.level().rank() - frontier;
            places[d < 0 ? 0 : Math.min(3, d + 1)]++;
        }
    }

    @Override
    public String toString() {
        var out = new StringBuilder(String.format(Locale.ROOT, "%d steps before boss-ready (share; below / at / one above / "
                + "further above the true frontier):", steps));
        byReason.forEach((r, p) -> out.append(String.format(Locale.ROOT, " %s %.3f (%.3f/%.3f/%.3f/%.3f)",
                r.name().toLowerCase(Locale.ROOT), (double) p[4] / steps, (double) p[0] / steps, (double) p[1] / steps,
                (double) p[2] / steps, (double) p[3] / steps)));
        return out.toString();
    }
}

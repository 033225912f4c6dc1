package dev.interviewcoach.bench.progression;

import java.util.SplittableRandom;

/**
 * A simulated learner who learns with practice and forgets without it.
 *
 * <p>Each concept has a skill measured in rungs: the learner holds rung {@code j} (1 = DEFINE … 5 =
 * PRESSURE) while the skill is at least {@code j}. The skill is a durable base (what the learner
 * knew before starting) plus a learned gain that decays exponentially with the days since the concept
 * was last practised, {@code gain · exp(−days / stability)}. Practice on a later day multiplies the
 * concept's stability by the world's spacing factor (1.6 in the standard world: spaced practice lasts), on the same day adds a little.
 *
 * <p>An answer teaches by where it lands: at the next rung to learn it adds {@code rate} to the skill,
 * one rung beyond that a third of it, below the frontier a little ({@value #BELOW}, consolidation),
 * further up nothing. A follow-up on a missed criterion teaches more (1.6× in the standard world) and
 * a recovery question with a hint 1.4× ({@link World}). Every learner has their own rate.
 */
final class SimLearner {
    static final double BELOW = 0.04;

    private final double[] base;
    private final double[] gain;
    private final double[] stability;
    private final long[] lastDay;
    private final double rate;
    private final World world;

    SimLearner(double[] base, double rate) {
        this(base, rate, World.STANDARD);
    }

    SimLearner(double[] base, double rate, World world) {
        this.base = base.clone();
        this.gain = new double[base.length];
        this.stability = new double[base.length];
        this.lastDay = new long[base.length];
        java.util.Arrays.fill(stability, world.firstStability());
        this.rate = rate * world.rateFactor();
        this.world = world;
    }

    SimLearner copy() {
        var c = new SimLearner(base, rate / world.rateFactor(), world);
        System.arraycopy(gain, 0, c.gain, 0, gain.length);
        System.arraycopy(stability, 0, c.stability, 0, gain.length);
        System.arraycopy(lastDay, 0, c.lastDay, 0, gain.length);
        return c;
    }

    int concepts() {
        return base.length;
    }

    /** The skill of a concept on a day, in rungs. */
    double skill(int concept, long day) {
        long days = Math.max(0, day - lastDay[concept]);
        return base[concept] + gain[concept] * Math.exp(-days / stability[concept]);
    }

    /** Whether the learner truly holds a rung (1 to 5) of a concept on a day. */
    boolean holds(int concept, int rung, long day) {
        return skill(concept, day) >= rung;
    }

    /** How the learner was taught by one answer. */
    enum Teaching { PLAIN, FOLLOW_UP, HINT }

    /** Learning from answering at a rung (1 to 5) on a day. */
    void practise(int concept, int rung, long day, Teaching teaching) {
        double now = skill(concept, day);
        int frontier = (int) Math.floor(now) + 1;
        double step;
        if (rung == frontier) {
            step = rate;
        } else if (rung == frontier + 1) {
            step = rate / 3;
        } else if (rung < frontier) {
            step = BELOW;
        } else {
            step = 0;
        }
        step *= teaching == Teaching.FOLLOW_UP ? world.followUpBoost()
                : teaching == Teaching.HINT ? world.hintBoost() : 1;
        if (day > lastDay[concept]) {
            stability[concept] *= world.spacing();
        } else {
            stability[concept] += 0.1;
        }
        gain[concept] = Math.max(0, Math.min(5.5, now + step) - base[concept]);
        lastDay[concept] = day;
    }

    /** A population's learners. */
    static SimLearner draw(String population, int concepts, SplittableRandom random, World world) {
        double[] base = new double[concepts];
        double general = switch (population) {
            case "junior" -> random.nextDouble() * 1.5;
            default -> random.nextDouble() * 4.5;
        };
        for (int c = 0; c < concepts; c++) {
            double s = population.equals("uneven")
                    ? (random.nextBoolean() ? random.nextDouble() * 2 : 4 + random.nextDouble() * 1.5)
                    : general + gaussian(random);
            base[c] = Math.max(0, Math.min(5.5, s));
        }
        return new SimLearner(base, 0.15 + 0.2 * random.nextDouble(), world);
    }

    static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}

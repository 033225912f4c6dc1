package dev.interviewcoach.bench;

import java.util.SplittableRandom;

/**
 * A simulated candidate for the diagnosis benchmark, with a grader that is deliberately not the
 * estimator's own response model.
 *
 * <p>True rungs are correlated across concepts as in real people: {@code L_c = clamp(round(g + d_c),
 * 0, 5)} with {@code g} uniform on [0, 5] and {@code d_c} normal with standard deviation 1.
 */
final class SimulatedCandidate {
    private static final double MISS = 0.12;
    private static final double NOISE = 0.12;

    private final int[] levels;

    SimulatedCandidate(int concepts, SplittableRandom random) {
        double general = random.nextDouble() * 5;
        levels = new int[concepts];
        for (int c = 0; c < concepts; c++) {
            levels[c] = (int) Math.max(0, Math.min(5, Math.round(general + gaussian(random))));
        }
    }

    int level(int concept) {
        return levels[concept];
    }

    int concepts() {
        return levels.length;
    }

    /** Grades an answer of this candidate at a rung (1 to 5) of a concept. */
    double grade(int concept, int rung, SplittableRandom random) {
        int held = levels[concept];
        boolean off = random.nextDouble() < MISS;
        double score;
        if (rung <= held) {
            score = off ? uniform(random, 0, 0.3) : uniform(random, 0.6, 1.0);
        } else if (rung == held + 1) {
            score = off ? uniform(random, 0.5, 0.85) : uniform(random, 0.15, 0.55);
        } else {
            score = off ? uniform(random, 0.5, 0.85) : uniform(random, 0, 0.4);
        }
        return Math.max(0, Math.min(1, score + NOISE * gaussian(random)));
    }

    private static double uniform(SplittableRandom random, double from, double to) {
        return from + (to - from) * random.nextDouble();
    }

    /** A standard normal draw (Box–Muller), so the stream is the same on every JDK. */
    static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}

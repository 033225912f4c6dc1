package dev.interviewcoach.core.internal.diagnosis;

import java.util.SplittableRandom;

/**
 * A simulated candidate for the diagnosis benchmark, with a grader that is deliberately not the
 * estimator's own response model.
 *
 * <p>How true rungs are drawn is the scenario's {@link Levels}; by default they are correlated across
 * concepts as in real people: {@code L_c = clamp(round(g + d_c), 0, 5)} with {@code g} uniform on
 * [0, 5] and {@code d_c} normal with standard deviation 1. How answers are scored is its {@link Grading}.
 */
final class SimulatedCandidate {
    /** How a scenario draws a candidate's true rungs. */
    enum Levels {
        /** {@code clamp(round(g + d_c), 0, 5)}, {@code g ~ U[0, 5]}, {@code d_c ~ N(0, 1)}. */
        CORRELATED,
        /** Each concept uniform on 0..5, independently. */
        UNCORRELATED,
        /** Each concept 0–1 or 4–5, with equal chance. */
        UNEVEN
    }

    /**
     * How the simulated grader errs.
     *
     * @param slip share of answers on a held rung scored U[0, 0.3]
     * @param lucky share of answers above the held rungs scored U[0.5, 0.85]
     * @param noise standard deviation of the normal noise added
     * @param shift added to every score (a lenient grader is positive, a strict one negative)
     * @param verdict share of answers scored as a verdict, 1 or 0 (the score rounded), as a rubric grader
     *     does when every point or none is met
     */
    record Grading(double slip, double lucky, double noise, double shift, double verdict) {
        Grading(double slip, double lucky, double noise, double shift) {
            this(slip, lucky, noise, shift, 0);
        }

        static Grading standard() {
            return new Grading(0.12, 0.12, 0.12, 0);
        }
    }

    private final int[] levels;
    private final Grading grading;

    SimulatedCandidate(int concepts, SplittableRandom random) {
        this(concepts, random, Levels.CORRELATED, Grading.standard());
    }

    SimulatedCandidate(int concepts, SplittableRandom random, Levels kind, Grading grading) {
        this.grading = grading;
        double general = random.nextDouble() * 5;
        levels = new int[concepts];
        for (int c = 0; c < concepts; c++) {
            levels[c] = switch (kind) {
                case CORRELATED -> (int) Math.max(0, Math.min(5, Math.round(general + gaussian(random))));
                case UNCORRELATED -> random.nextInt(6);
                case UNEVEN -> random.nextBoolean() ? random.nextInt(2) : 4 + random.nextInt(2);
            };
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
        double u = random.nextDouble();
        double score;
        if (rung <= held) {
            score = u < grading.slip() ? uniform(random, 0, 0.3) : uniform(random, 0.6, 1.0);
        } else if (rung == held + 1) {
            score = u < grading.lucky() ? uniform(random, 0.5, 0.85) : uniform(random, 0.15, 0.55);
        } else {
            score = u < grading.lucky() ? uniform(random, 0.5, 0.85) : uniform(random, 0, 0.4);
        }
        double graded = Math.max(0, Math.min(1, score + grading.shift() + grading.noise() * gaussian(random)));
        return grading.verdict() > 0 && random.nextDouble() < grading.verdict() ? Math.rint(graded) : graded;
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

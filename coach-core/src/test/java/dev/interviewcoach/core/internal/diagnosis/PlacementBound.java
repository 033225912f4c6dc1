package dev.interviewcoach.core.internal.diagnosis;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * {@code ./bench/run diagnosis-bound}: what the best possible placement of one concept reaches under
 * the diagnosis benchmark's own simulated grader, for comparison with {@link DiagnosisSim}.
 *
 * <p>The grader's score distribution (held rung, next rung, rungs beyond) is estimated by drawing
 * 2,000,000 scores of each kind and binned in tenths. Then, exactly by dynamic programming over the
 * posterior on the six placements: the Bayes-optimal adaptive test of {@code n} questions (any rung,
 * repeats allowed) for a prior uniform over the placements, scored on uncorrelated learners (uniform
 * on 0..5) and on uneven ones (0, 1, 4 or 5) — the policy does not know which; and the fixed form (one
 * answer per rung) with the Bayes decision for the same uniform prior. Every estimator that knows no more
 * than the grader and a uniform prior does at most as well.
 */
final class PlacementBound {
    private static final int BINS = 10;
    private static final int DRAWS = 2_000_000;
    private final double[][] scores = new double[3][BINS];

    private PlacementBound(SimulatedCandidate.Grading grading) {
        var random = new SplittableRandom(20261204L);
        SimulatedCandidate candidate;
        int seed = 0;
        do {
            candidate = new SimulatedCandidate(1, new SplittableRandom(seed++), SimulatedCandidate.Levels.UNCORRELATED,
                    grading);
        } while (candidate.level(0) < 1 || candidate.level(0) > 3);
        int level = candidate.level(0);
        for (int kind = 0; kind < 3; kind++) {
            int rung = kind == 0 ? level : kind == 1 ? level + 1 : level + 2;
            for (int i = 0; i < DRAWS; i++) {
                scores[kind][Math.min(BINS - 1, (int) (candidate.grade(0, rung, random) * BINS))] += 1.0 / DRAWS;
            }
        }
    }

    /**
     * Prints the bounds.
     *
     * @param args unused
     */
    public static void main(String[] args) {
        var bound = new PlacementBound(SimulatedCandidate.Grading.standard());
        double[] uniform = {1 / 6.0, 1 / 6.0, 1 / 6.0, 1 / 6.0, 1 / 6.0, 1 / 6.0};
        double[] uneven = {0.25, 0.25, 0, 0, 0.25, 0.25};
        var line = new StringBuilder("diagnosis-bound:");
        for (int n = 1; n <= 4; n++) {
            line.append(String.format(Locale.ROOT, " uncorrelated_adaptive%d=%.3f uneven_adaptive%d=%.3f", n,
                    bound.evaluate(uniform, uniform, n), n, bound.evaluate(uniform, uneven, n)));
        }
        line.append(String.format(Locale.ROOT, " uncorrelated_fixed5=%.3f uneven_fixed5=%.3f",
                bound.fixed(uniform, uniform, 1), bound.fixed(uniform, uneven, 1)));
        System.out.println(line);
    }

    private static int kind(int level, int rung) {
        return rung <= level ? 0 : rung == level + 1 ? 1 : 2;
    }

    private double[] update(double[] p, int rung, int bin) {
        double[] q = new double[p.length];
        for (int l = 0; l < p.length; l++) {
            q[l] = p[l] * scores[kind(l, rung)][bin];
        }
        return q;
    }

    private static double sum(double[] p) {
        double z = 0;
        for (double v : p) {
            z += v;
        }
        return z;
    }

    /** Scales a belief to sum to one, in place, unless it is (nearly) empty; returns its sum before. */
    private static double normalize(double[] q) {
        double z = sum(q);
        if (z > 1e-15) {
            for (int l = 0; l < q.length; l++) {
                q[l] /= z;
            }
        }
        return z;
    }

    private static int argmax(double[] p) {
        int best = 0;
        for (int l = 1; l < p.length; l++) {
            if (p[l] > p[best]) {
                best = l;
            }
        }
        return best;
    }

    /** The best expected accuracy with {@code left} more questions, judged by belief {@code p}. */
    private double value(double[] p, int left) {
        double best = p[argmax(p)];
        if (left == 0) {
            return best;
        }
        for (int rung = 1; rung <= DiagnosisModel.RUNGS; rung++) {
            best = Math.max(best, expected(p, rung, left));
        }
        return best;
    }

    private double expected(double[] p, int rung, int left) {
        double v = 0;
        for (int b = 0; b < BINS; b++) {
            double[] q = update(p, rung, b);
            double z = normalize(q);
            if (z > 1e-15) {
                v += z * value(q, left - 1);
            }
        }
        return v;
    }

    /** The accuracy on learners drawn from {@code truth} of the optimal policy for belief {@code p}. */
    private double evaluate(double[] p, double[] truth, int left) {
        if (left == 0) {
            return truth[argmax(p)];
        }
        int rung = 1;
        double best = -1;
        for (int r = 1; r <= DiagnosisModel.RUNGS; r++) {
            double v = expected(p, r, left);
            if (v > best + 1e-12) {
                best = v;
                rung = r;
            }
        }
        double v = 0;
        for (int b = 0; b < BINS; b++) {
            double[] q = update(p, rung, b);
            double z = normalize(q);
            if (z > 1e-15) {
                v += evaluate(q, update(truth, rung, b), left - 1);
            }
        }
        return v;
    }

    /**
     * The accuracy on learners drawn from {@code truth} of one answer per rung from {@code rung} on,
     * placed by the Bayes decision for belief {@code p}.
     */
    private double fixed(double[] p, double[] truth, int rung) {
        if (rung > DiagnosisModel.RUNGS) {
            return truth[argmax(p)];
        }
        double v = 0;
        for (int b = 0; b < BINS; b++) {
            v += fixed(update(p, rung, b), update(truth, rung, b), rung + 1);
        }
        return v;
    }
}

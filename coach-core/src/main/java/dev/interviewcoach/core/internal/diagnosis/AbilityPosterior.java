package dev.interviewcoach.core.internal.diagnosis;

import java.util.Arrays;

/**
 * The posterior over every concept's ability after some graded answers, computed exactly on a grid.
 *
 * <p>Given the general level, concepts are independent, so the joint posterior factorises: each
 * concept keeps the likelihood of its own answers, the general level's posterior is its prior times
 * each concept's evidence, and a concept's ability marginal mixes the general levels by that
 * posterior. An answer costs one pass over the grid; nothing grows with the number of answers.
 */
public final class AbilityPosterior {
    private final AbilityGrid grid;
    private final double[][] logLikelihood;
    private final double[][] marginal;
    private boolean stale = true;

    AbilityPosterior(AbilityGrid grid, int concepts) {
        if (concepts < 1) {
            throw new IllegalArgumentException("there must be at least one concept");
        }
        this.grid = grid;
        this.logLikelihood = new double[concepts][grid.points()];
        this.marginal = new double[concepts][grid.points()];
    }

    /**
     * The number of concepts.
     *
     * @return the count
     */
    public int concepts() {
        return logLikelihood.length;
    }

    /**
     * Takes one graded answer into account.
     *
     * @param concept the concept's index
     * @param rung the rung asked, 1 to 5
     * @param score the score in [0, 1]
     */
    public void observe(int concept, int rung, double score) {
        double difficulty = DiagnosisModel.difficulty(rung);
        double[] row = logLikelihood[concept];
        for (int t = 0; t < row.length; t++) {
            row[t] += Math.log(grid.model.response().likelihood(score, grid.theta[t] - difficulty));
        }
        stale = true;
    }

    /**
     * The probability of each placement of a concept, from 0 (no rung held) to 5.
     *
     * @param concept the concept's index
     * @return six probabilities summing to 1
     */
    public double[] levelProbabilities(int concept) {
        double[] m = abilityMarginal(concept);
        double[] p = new double[DiagnosisModel.RUNGS + 1];
        for (int t = 0; t < m.length; t++) {
            p[grid.level[t]] += m[t];
        }
        return p;
    }

    /**
     * The most probable placement of a concept.
     *
     * @param concept the concept's index
     * @return the level, 0 (no rung held) to 5
     */
    public int placedLevel(int concept) {
        double[] p = levelProbabilities(concept);
        int best = 0;
        for (int k = 1; k < p.length; k++) {
            if (p[k] > p[best]) {
                best = k;
            }
        }
        return best;
    }

    /**
     * The probability that the most probable placement of a concept is right.
     *
     * @param concept the concept's index
     * @return the confidence in [0, 1]
     */
    public double confidence(int concept) {
        return Arrays.stream(levelProbabilities(concept)).max().orElse(0);
    }

    double[] abilityMarginal(int concept) {
        if (stale) {
            recompute();
        }
        return marginal[concept];
    }

    AbilityGrid grid() {
        return grid;
    }

    private void recompute() {
        int concepts = logLikelihood.length;
        int points = grid.points();
        int generals = grid.generalPoints();
        double[][] likelihood = new double[concepts][points];
        double[][] evidence = new double[concepts][generals];
        double[] general = new double[generals];
        for (int g = 0; g < generals; g++) {
            general[g] = Math.log(grid.generalPrior[g]);
        }
        for (int c = 0; c < concepts; c++) {
            double max = Arrays.stream(logLikelihood[c]).max().orElse(0);
            for (int t = 0; t < points; t++) {
                likelihood[c][t] = Math.exp(logLikelihood[c][t] - max);
            }
            for (int g = 0; g < generals; g++) {
                double z = 0;
                for (int t = 0; t < points; t++) {
                    z += grid.kernel[g][t] * likelihood[c][t];
                }
                evidence[c][g] = z;
                general[g] += Math.log(z);
            }
        }
        double max = Arrays.stream(general).max().orElse(0);
        double total = 0;
        for (int g = 0; g < generals; g++) {
            general[g] = Math.exp(general[g] - max);
            total += general[g];
        }
        for (int c = 0; c < concepts; c++) {
            double[] m = marginal[c];
            Arrays.fill(m, 0);
            for (int g = 0; g < generals; g++) {
                double weight = general[g] / total / evidence[c][g];
                for (int t = 0; t < points; t++) {
                    m[t] += weight * grid.kernel[g][t];
                }
            }
            double sum = 0;
            for (int t = 0; t < points; t++) {
                m[t] *= likelihood[c][t];
                sum += m[t];
            }
            for (int t = 0; t < points; t++) {
                m[t] /= sum;
            }
        }
        stale = false;
    }
}

package dev.interviewcoach.core.internal.diagnosis;

import java.util.Arrays;

/**
 * The posterior over every concept's ability after some graded answers, computed exactly on a grid.
 *
 * <p>Three things are shared by every concept of a learner: the general level, the share of concepts
 * free of it and the grader (its kind and its shift). Given them, concepts are independent, so the joint posterior
 * factorises: each concept keeps the likelihood of its own answers under each grader, the shared
 * parameters' posterior is their prior times each concept's evidence, and a concept's ability
 * marginal mixes them by that posterior. An answer costs one pass over the grid; nothing grows with
 * the number of answers.
 */
public final class AbilityPosterior {
    private final AbilityGrid grid;
    /** logLikelihood[m][c][t]: the log-likelihood of concept c's answers at ability t under response model m. */
    private final double[][][] logLikelihood;
    /** marginal[m][c][t]: the posterior probability of response model m and ability t of concept c. */
    private final double[][][] marginal;
    /** shared[m][o][g]: the posterior of response model m, share of free concepts o and general level g. */
    private final double[][][] shared;
    private final double[][] levels;
    private boolean stale = true;

    AbilityPosterior(AbilityGrid grid, int concepts) {
        if (concepts < 1) {
            throw new IllegalArgumentException("there must be at least one concept");
        }
        this.grid = grid;
        this.logLikelihood = new double[grid.responses()][concepts][grid.points()];
        this.marginal = new double[grid.responses()][concepts][grid.points()];
        this.shared = new double[grid.responses()][grid.shares()][grid.generalPoints()];
        this.levels = new double[concepts][];
    }

    /**
     * The number of concepts.
     *
     * @return the count
     */
    public int concepts() {
        return levels.length;
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
        for (int m = 0; m < grid.responses(); m++) {
            double[] row = logLikelihood[m][concept];
            ResponseModel response = grid.responses[m];
            for (int t = 0; t < row.length; t++) {
                row[t] += Math.log(response.likelihood(score, grid.theta[t] - difficulty));
            }
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
        refresh();
        if (levels[concept] == null) {
            double[] p = new double[DiagnosisModel.RUNGS + 1];
            for (double[][] byShift : marginal) {
                double[] m = byShift[concept];
                for (int t = 0; t < m.length; t++) {
                    p[grid.level[t]] += m[t];
                }
            }
            levels[concept] = p;
        }
        return levels[concept].clone();
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

    /** The joint posterior of response model m and ability point t of a concept: [m][t]. */
    double[][] abilityMarginal(int concept) {
        refresh();
        double[][] out = new double[grid.responses()][];
        for (int m = 0; m < out.length; m++) {
            out[m] = marginal[m][concept];
        }
        return out;
    }

    AbilityGrid grid() {
        return grid;
    }

    /**
     * The posterior mean of the grader's shift of every score: positive for a grader more lenient
     * than the response model expects.
     */
    double expectedShift() {
        refresh();
        double mean = 0;
        for (int m = 0; m < shared.length; m++) {
            for (double[] byShare : shared[m]) {
                for (double p : byShare) {
                    mean += p * grid.shift[m];
                }
            }
        }
        return mean;
    }

    /** The posterior mean of the share of concepts free of the general level. */
    double expectedShare() {
        refresh();
        double mean = 0;
        for (double[][] byShift : shared) {
            for (int o = 0; o < byShift.length; o++) {
                for (double p : byShift[o]) {
                    mean += p * grid.share[o];
                }
            }
        }
        return mean;
    }

    /** The posterior probability of each kind of grader of the model, in the model's order. */
    double[] graderKinds() {
        refresh();
        int kinds = grid.model.graders().size();
        double[] p = new double[kinds];
        for (int m = 0; m < shared.length; m++) {
            for (double[] byShare : shared[m]) {
                for (double v : byShare) {
                    p[m % kinds] += v;
                }
            }
        }
        return p;
    }

    private void refresh() {
        if (stale) {
            recompute();
        }
    }

    private void recompute() {
        int concepts = levels.length;
        int points = grid.points();
        int generals = grid.generalPoints();
        int responses = grid.responses();
        int shares = grid.shares();
        double[][][] likelihood = new double[responses][concepts][points];
        double[][][] tiedEvidence = new double[responses][concepts][generals];
        double[][] broadEvidence = new double[responses][concepts];
        for (int c = 0; c < concepts; c++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int m = 0; m < responses; m++) {
                for (double v : logLikelihood[m][c]) {
                    max = Math.max(max, v);
                }
            }
            for (int m = 0; m < responses; m++) {
                double[] l = likelihood[m][c];
                double b = 0;
                for (int t = 0; t < points; t++) {
                    l[t] = Math.exp(logLikelihood[m][c][t] - max);
                    b += grid.broad[t] * l[t];
                }
                broadEvidence[m][c] = b;
                for (int g = 0; g < generals; g++) {
                    double[] k = grid.tied[g];
                    double z = 0;
                    for (int t = 0; t < points; t++) {
                        z += k[t] * l[t];
                    }
                    tiedEvidence[m][c][g] = z;
                }
            }
        }
        double max = Double.NEGATIVE_INFINITY;
        for (int m = 0; m < responses; m++) {
            for (int o = 0; o < shares; o++) {
                double w = grid.share[o];
                for (int g = 0; g < generals; g++) {
                    double log = Math.log(grid.responsePrior[m] * grid.sharePrior[o] * grid.generalPrior[g]);
                    for (int c = 0; c < concepts; c++) {
                        log += Math.log((1 - w) * tiedEvidence[m][c][g] + w * broadEvidence[m][c]);
                    }
                    shared[m][o][g] = log;
                    max = Math.max(max, log);
                }
            }
        }
        double total = 0;
        for (int m = 0; m < responses; m++) {
            for (int o = 0; o < shares; o++) {
                for (int g = 0; g < generals; g++) {
                    shared[m][o][g] = Math.exp(shared[m][o][g] - max);
                    total += shared[m][o][g];
                }
            }
        }
        for (int m = 0; m < responses; m++) {
            for (int o = 0; o < shares; o++) {
                for (int g = 0; g < generals; g++) {
                    shared[m][o][g] /= total;
                }
            }
        }
        double[] tiedWeight = new double[generals];
        for (int c = 0; c < concepts; c++) {
            double sum = 0;
            for (int m = 0; m < responses; m++) {
                // the concept's prior given everything else: sum over shared parameters of their
                // posterior without this concept's own evidence, times the tied or broad kernel
                Arrays.fill(tiedWeight, 0);
                double broadWeight = 0;
                for (int o = 0; o < shares; o++) {
                    double w = grid.share[o];
                    for (int g = 0; g < generals; g++) {
                        double p = shared[m][o][g];
                        if (p == 0) {
                            continue;
                        }
                        p /= (1 - w) * tiedEvidence[m][c][g] + w * broadEvidence[m][c];
                        tiedWeight[g] += p * (1 - w);
                        broadWeight += p * w;
                    }
                }
                double[] out = marginal[m][c];
                double[] l = likelihood[m][c];
                for (int t = 0; t < points; t++) {
                    out[t] = broadWeight * grid.broad[t];
                }
                for (int g = 0; g < generals; g++) {
                    double a = tiedWeight[g];
                    if (a == 0) {
                        continue;
                    }
                    double[] k = grid.tied[g];
                    for (int t = 0; t < points; t++) {
                        out[t] += a * k[t];
                    }
                }
                for (int t = 0; t < points; t++) {
                    out[t] *= l[t];
                    sum += out[t];
                }
            }
            for (int m = 0; m < responses; m++) {
                for (int t = 0; t < points; t++) {
                    marginal[m][c][t] /= sum;
                }
            }
            levels[c] = null;
        }
        stale = false;
    }
}

package dev.interviewcoach.core.internal.diagnosis;

/** How much one more answer would tell about a concept's placement. */
final class Information {
    /**
     * Nats of placement information worth one point of expected placement accuracy when choosing a
     * question: the information term breaks the ties where no single answer could change a placement
     * and keeps early questions spread, the accuracy term aims each question at the error it removes.
     */
    static final double INFORMATION_WEIGHT = 0.3;

    private Information() {}

    /**
     * What an answer at {@code rung} is worth: its expected gain in placement accuracy plus
     * {@value #INFORMATION_WEIGHT} times its information about the placement.
     */
    static double value(AbilityPosterior posterior, int concept, int rung) {
        double[][] joint = joint(posterior, concept, rung);
        return accuracyGain(joint) + INFORMATION_WEIGHT * mutual(joint);
    }

    /**
     * The mutual information, in nats, between a concept's placement and the (binned) score of an
     * answer at {@code rung}: the expected drop in uncertainty about the placement.
     */
    static double about(AbilityPosterior posterior, int concept, int rung) {
        return mutual(joint(posterior, concept, rung));
    }

    private static double mutual(double[][] joint) {
        int levels = joint.length;
        double[] levelTotal = new double[levels];
        double[] binTotal = new double[AbilityGrid.BINS];
        for (int k = 0; k < levels; k++) {
            for (int b = 0; b < AbilityGrid.BINS; b++) {
                levelTotal[k] += joint[k][b];
                binTotal[b] += joint[k][b];
            }
        }
        return mutual(joint, levelTotal, binTotal, levels);
    }

    /**
     * The expected rise in the probability that the concept's placement is right, should the answer
     * at {@code rung} be scored: the expected drop in placement error after one more question. Zero
     * when no answer could change the most probable placement.
     */
    static double accuracyGain(AbilityPosterior posterior, int concept, int rung) {
        return accuracyGain(joint(posterior, concept, rung));
    }

    private static double accuracyGain(double[][] joint) {
        double before = 0;
        for (double[] row : joint) {
            double total = 0;
            for (double v : row) {
                total += v;
            }
            before = Math.max(before, total);
        }
        double after = 0;
        for (int b = 0; b < AbilityGrid.BINS; b++) {
            double best = 0;
            for (double[] row : joint) {
                best = Math.max(best, row[b]);
            }
            after += best;
        }
        return Math.max(0, after - before);
    }

    /** joint[level][bin]: the probability of the placement and the binned score of an answer at rung. */
    private static double[][] joint(AbilityPosterior posterior, int concept, int rung) {
        AbilityGrid grid = posterior.grid();
        double[][] ability = posterior.abilityMarginal(concept);
        int levels = DiagnosisModel.RUNGS + 1;
        double[][] joint = new double[levels][AbilityGrid.BINS];
        for (int m = 0; m < ability.length; m++) {
            for (int t = 0; t < ability[m].length; t++) {
                double w = ability[m][t];
                if (w < 1e-12) {
                    continue;
                }
                double[] bins = grid.bins[m][rung][t];
                double[] row = joint[grid.level[t]];
                for (int b = 0; b < bins.length; b++) {
                    row[b] += w * bins[b];
                }
            }
        }
        return joint;
    }

    private static double mutual(double[][] joint, double[] levelTotal, double[] binTotal, int levels) {
        double info = 0;
        for (int k = 0; k < levels; k++) {
            for (int b = 0; b < AbilityGrid.BINS; b++) {
                double p = joint[k][b];
                if (p > 0) {
                    info += p * Math.log(p / (levelTotal[k] * binTotal[b]));
                }
            }
        }
        return Math.max(0, info);
    }
}

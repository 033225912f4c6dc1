package dev.interviewcoach.core.internal.diagnosis;

/** How much one more answer would tell about a concept's placement. */
final class Information {
    private Information() {}

    /**
     * The mutual information, in nats, between a concept's placement and the (binned) score of an
     * answer at {@code rung}: the expected drop in uncertainty about the placement.
     */
    static double about(AbilityPosterior posterior, int concept, int rung) {
        AbilityGrid grid = posterior.grid();
        double[] ability = posterior.abilityMarginal(concept);
        int levels = DiagnosisModel.RUNGS + 1;
        double[][] joint = new double[levels][AbilityGrid.BINS];
        for (int t = 0; t < ability.length; t++) {
            double w = ability[t];
            if (w < 1e-12) {
                continue;
            }
            double[] bins = grid.bins[rung][t];
            double[] row = joint[grid.level[t]];
            for (int b = 0; b < bins.length; b++) {
                row[b] += w * bins[b];
            }
        }
        double[] levelTotal = new double[levels];
        double[] binTotal = new double[AbilityGrid.BINS];
        for (int k = 0; k < levels; k++) {
            for (int b = 0; b < AbilityGrid.BINS; b++) {
                levelTotal[k] += joint[k][b];
                binTotal[b] += joint[k][b];
            }
        }
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

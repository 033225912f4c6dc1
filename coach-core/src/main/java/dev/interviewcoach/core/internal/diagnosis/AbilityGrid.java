package dev.interviewcoach.core.internal.diagnosis;

/**
 * The discretised model: ability and general-level grids, the prior kernel between them and the
 * binned response probabilities used to score candidate questions. Immutable; built once per model.
 */
final class AbilityGrid {
    /** Bins of the score used when predicting an answer. */
    static final int BINS = 10;
    private static final double STEP = 0.1;
    private static final double FIRST = -1.45;
    private static final int POINTS = 80;
    private static final double GENERAL_STEP = 0.25;
    private static final double GENERAL_FIRST = -1.0;
    private static final int GENERAL_POINTS = 29;
    /** The broad prior of a concept free of the general level: the middle of the ladder, ±2 rungs. */
    private static final double BROAD_MEAN = 2.5;
    private static final double BROAD_SD = 2.0;

    final DiagnosisModel model;
    final double[] theta = new double[POINTS];
    final int[] level = new int[POINTS];
    final double[] generalPrior = new double[GENERAL_POINTS];
    /** kernel[g][t]: prior weight of ability point t given general level point g. */
    final double[][] kernel = new double[GENERAL_POINTS][POINTS];
    /** bins[rung][t][b]: probability that an answer at rung falls in score bin b at ability point t. */
    final double[][][] bins = new double[DiagnosisModel.RUNGS + 1][][];

    AbilityGrid(DiagnosisModel model) {
        this.model = model;
        for (int t = 0; t < POINTS; t++) {
            theta[t] = FIRST + t * STEP;
            level[t] = (int) Math.max(0, Math.min(DiagnosisModel.RUNGS, Math.round(theta[t])));
        }
        double total = 0;
        for (int g = 0; g < GENERAL_POINTS; g++) {
            double general = GENERAL_FIRST + g * GENERAL_STEP;
            generalPrior[g] = Normal.density((general - model.generalMean()) / model.generalSd());
            total += generalPrior[g];
            double rowTotal = 0;
            double broadTotal = 0;
            for (int t = 0; t < POINTS; t++) {
                kernel[g][t] = Normal.density((theta[t] - general) / model.spread());
                rowTotal += kernel[g][t];
                broadTotal += Normal.density((theta[t] - BROAD_MEAN) / BROAD_SD);
            }
            for (int t = 0; t < POINTS; t++) {
                double broad = Normal.density((theta[t] - BROAD_MEAN) / BROAD_SD) / broadTotal;
                kernel[g][t] = (1 - model.independence()) * kernel[g][t] / rowTotal + model.independence() * broad;
            }
        }
        for (int g = 0; g < GENERAL_POINTS; g++) {
            generalPrior[g] /= total;
        }
        for (int rung = 1; rung <= DiagnosisModel.RUNGS; rung++) {
            bins[rung] = new double[POINTS][];
            for (int t = 0; t < POINTS; t++) {
                bins[rung][t] = model.response().binProbabilities(theta[t] - DiagnosisModel.difficulty(rung), BINS);
            }
        }
    }

    int points() {
        return POINTS;
    }

    int generalPoints() {
        return GENERAL_POINTS;
    }
}

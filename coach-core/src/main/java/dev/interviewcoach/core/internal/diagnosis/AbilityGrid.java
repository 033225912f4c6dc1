package dev.interviewcoach.core.internal.diagnosis;

/**
 * The discretised model: ability and general-level grids, the two priors of a concept's ability (tied
 * to the general level, or broad), the response model of each grader considered (kind × shift) and
 * the binned response probabilities used to score candidate questions. Immutable; built once per
 * model.
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
    /** The grader's shift is integrated over this many points, ±2 prior standard deviations. */
    private static final int SHIFT_POINTS = 5;

    final DiagnosisModel model;
    final double[] theta = new double[POINTS];
    final int[] level = new int[POINTS];
    final double[] generalPrior = new double[GENERAL_POINTS];
    /** tied[g][t]: prior of ability point t for a concept tied to general level point g. */
    final double[][] tied = new double[GENERAL_POINTS][POINTS];
    /**
     * broad[t]: prior of ability point t for a concept free of the general level; every placement
     * equally likely, so it pulls no concept towards the middle of the ladder.
     */
    final double[] broad = new double[POINTS];
    /** The shares of free concepts considered, and their prior weights. */
    final double[] share;
    final double[] sharePrior;
    /** One response model per grader considered (kind × shift), and its prior weight. */
    final ResponseModel[] responses;
    final double[] responsePrior;
    /** The shift of each response model. */
    final double[] shift;
    /** bins[m][rung][t][b]: probability that an answer at rung falls in score bin b at ability point t. */
    final double[][][][] bins;

    AbilityGrid(DiagnosisModel model) {
        this.model = model;
        int[] perLevel = new int[DiagnosisModel.RUNGS + 1];
        for (int t = 0; t < POINTS; t++) {
            theta[t] = FIRST + t * STEP;
            level[t] = (int) Math.max(0, Math.min(DiagnosisModel.RUNGS, Math.round(theta[t])));
            perLevel[level[t]]++;
        }
        for (int t = 0; t < POINTS; t++) {
            broad[t] = 1.0 / perLevel[level[t]] / perLevel.length;
        }
        double total = 0;
        for (int g = 0; g < GENERAL_POINTS; g++) {
            double general = GENERAL_FIRST + g * GENERAL_STEP;
            generalPrior[g] = Normal.density((general - model.generalMean()) / model.generalSd());
            total += generalPrior[g];
            double rowTotal = 0;
            for (int t = 0; t < POINTS; t++) {
                tied[g][t] = Normal.density((theta[t] - general) / model.spread());
                rowTotal += tied[g][t];
            }
            for (int t = 0; t < POINTS; t++) {
                tied[g][t] /= rowTotal;
            }
        }
        for (int g = 0; g < GENERAL_POINTS; g++) {
            generalPrior[g] /= total;
        }
        share = model.independence().stream().mapToDouble(Double::doubleValue).toArray();
        sharePrior = new double[share.length];
        java.util.Arrays.fill(sharePrior, 1.0 / share.length);

        int shifts = model.severitySd() > 0 ? SHIFT_POINTS : 1;
        int kinds = model.graders().size();
        responses = new ResponseModel[shifts * kinds];
        responsePrior = new double[responses.length];
        shift = new double[responses.length];
        double priorTotal = 0;
        for (int i = 0; i < shifts; i++) {
            double z = shifts == 1 ? 0 : -2 + 4.0 * i / (shifts - 1);
            for (int k = 0; k < kinds; k++) {
                int m = i * kinds + k;
                ResponseModel kind = model.graders().get(k);
                shift[m] = z * model.severitySd();
                responses[m] = kind.withShift(kind.shift() + shift[m]);
                responsePrior[m] = Normal.density(z);
                priorTotal += responsePrior[m];
            }
        }
        bins = new double[responses.length][DiagnosisModel.RUNGS + 1][][];
        for (int m = 0; m < responses.length; m++) {
            responsePrior[m] /= priorTotal;
            for (int rung = 1; rung <= DiagnosisModel.RUNGS; rung++) {
                bins[m][rung] = new double[POINTS][];
                for (int t = 0; t < POINTS; t++) {
                    bins[m][rung][t] = responses[m].binProbabilities(theta[t] - DiagnosisModel.difficulty(rung), BINS);
                }
            }
        }
    }

    int points() {
        return POINTS;
    }

    int generalPoints() {
        return GENERAL_POINTS;
    }

    int responses() {
        return responses.length;
    }

    int shares() {
        return share.length;
    }
}

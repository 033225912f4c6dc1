package dev.interviewcoach.graders.semantic.mohler;

/** Agreement of predicted with gold scores on the 0..5 scale: Pearson r, RMSE and quadratic weighted kappa. */
record Agreement(double r, double rmse, double qwk) {
    /** Bins of the kappa: 0, 0.5, ..., 5. */
    private static final int BINS = 11;

    static Agreement of(double[] predicted, double[] gold) {
        return new Agreement(pearson(predicted, gold), rmse(predicted, gold), qwk(predicted, gold));
    }

    static double pearson(double[] x, double[] y) {
        double mx = mean(x);
        double my = mean(y);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxx == 0 || syy == 0 ? 0 : sxy / Math.sqrt(sxx * syy);
    }

    static double rmse(double[] x, double[] y) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += (x[i] - y[i]) * (x[i] - y[i]);
        }
        return Math.sqrt(s / x.length);
    }

    /** Quadratic weighted kappa with both sides rounded to the nearest half point. */
    static double qwk(double[] x, double[] y) {
        double[][] observed = new double[BINS][BINS];
        double[] rows = new double[BINS];
        double[] cols = new double[BINS];
        for (int i = 0; i < x.length; i++) {
            int a = bin(x[i]);
            int b = bin(y[i]);
            observed[a][b]++;
            rows[a]++;
            cols[b]++;
        }
        double num = 0;
        double den = 0;
        for (int a = 0; a < BINS; a++) {
            for (int b = 0; b < BINS; b++) {
                double w = (double) (a - b) * (a - b) / ((BINS - 1) * (BINS - 1));
                num += w * observed[a][b];
                den += w * rows[a] * cols[b] / x.length;
            }
        }
        return den == 0 ? 0 : 1 - num / den;
    }

    private static int bin(double score) {
        return (int) Math.max(0, Math.min(BINS - 1, Math.round(score * 2)));
    }

    static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }
}

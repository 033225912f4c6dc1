package dev.interviewcoach.graders.semantic.mohler;

/**
 * Ordinary least squares with an intercept, by the normal equations. A ridge of {@value #JITTER}
 * (relative to each feature's sum of squares) only keeps nearly collinear features solvable; it does
 * not shrink the fit measurably.
 */
final class LeastSquares {
    static final double JITTER = 1e-9;

    private LeastSquares() {}

    /**
     * Fits {@code y ~ c[0] + sum c[j+1] * x[j]} over the rows selected.
     *
     * @param x feature rows
     * @param y targets
     * @param use which rows to fit on
     * @return the intercept followed by the weights
     */
    static double[] fit(double[][] x, double[] y, boolean[] use) {
        int k = x[0].length + 1;
        double[][] a = new double[k][k + 1];
        double[] row = new double[k];
        for (int i = 0; i < x.length; i++) {
            if (!use[i]) {
                continue;
            }
            row[0] = 1;
            System.arraycopy(x[i], 0, row, 1, k - 1);
            for (int p = 0; p < k; p++) {
                for (int q = 0; q < k; q++) {
                    a[p][q] += row[p] * row[q];
                }
                a[p][k] += row[p] * y[i];
            }
        }
        for (int p = 1; p < k; p++) {
            a[p][p] += JITTER * Math.max(a[p][p], 1);
        }
        return solve(a, k);
    }

    static double predict(double[] c, double[] x) {
        double s = c[0];
        for (int j = 0; j < x.length; j++) {
            s += c[j + 1] * x[j];
        }
        return s;
    }

    /** Gaussian elimination with partial pivoting on the augmented matrix. */
    private static double[] solve(double[][] a, int k) {
        for (int col = 0; col < k; col++) {
            int pivot = col;
            for (int r = col + 1; r < k; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            double[] t = a[col];
            a[col] = a[pivot];
            a[pivot] = t;
            if (a[col][col] == 0) {
                continue;
            }
            for (int r = 0; r < k; r++) {
                if (r != col) {
                    double f = a[r][col] / a[col][col];
                    for (int c = col; c <= k; c++) {
                        a[r][c] -= f * a[col][c];
                    }
                }
            }
        }
        double[] c = new double[k];
        for (int p = 0; p < k; p++) {
            c[p] = a[p][p] == 0 ? 0 : a[p][k] / a[p][p];
        }
        return c;
    }
}

package dev.interviewcoach.graders.semantic.mohler;

import dev.interviewcoach.graders.internal.ReferenceFeature;
import dev.interviewcoach.graders.internal.ReferenceGrader;
import dev.interviewcoach.graders.internal.ReferenceSettings;
import dev.interviewcoach.graders.internal.TermStatistics;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * The grader settings the benchmark may choose between (IDF source, question weight, feature set),
 * with every answer's feature values under each, and the choice made on training folds alone.
 */
final class Candidates {
    /** IDF statistics and question weight, with the feature values of every row under them. */
    record Candidate(String idf, TermStatistics statistics, double questionWeight, double[][] features) {}

    /** A candidate and a feature set, as chosen on the training folds. */
    record Choice(Candidate candidate, List<ReferenceFeature> featureSet, double[][] matrix, double innerRmse) {
        ReferenceSettings settings(double[] c) {
            var weights = new EnumMap<ReferenceFeature, Double>(ReferenceFeature.class);
            for (int j = 0; j < featureSet.size(); j++) {
                weights.put(featureSet.get(j), c[j + 1]);
            }
            return ReferenceSettings.DEFAULT.withQuestionWeight(candidate.questionWeight()).withWeights(c[0], weights);
        }

        String describe() {
            return String.format(Locale.ROOT, "idf=%s question-weight=%.2f features=%s", candidate.idf(),
                    candidate.questionWeight(), featureSet.contains(ReferenceFeature.ROOT_COVERAGE) ? "all" : "linear");
        }

        String describeWeights(double[] c) {
            var j = new StringJoiner(" ");
            j.add(String.format(Locale.ROOT, "intercept=%.3f", c[0]));
            for (int k = 0; k < featureSet.size(); k++) {
                j.add(String.format(Locale.ROOT, "%s=%.3f", featureSet.get(k).name().toLowerCase(Locale.ROOT), c[k + 1]));
            }
            return j.toString();
        }
    }

    /** Every feature, and every feature but the square-root coverage (a model linear in coverage). */
    static final List<List<ReferenceFeature>> FEATURE_SETS = List.of(
            List.of(ReferenceFeature.values()),
            java.util.Arrays.stream(ReferenceFeature.values()).filter(f -> f != ReferenceFeature.ROOT_COVERAGE).toList());

    private final List<Candidate> candidates;

    private Candidates(List<Candidate> candidates) {
        this.candidates = candidates;
    }

    static Candidates build(List<MohlerData.Row> rows, List<TermStatistics> idfs, double[] questionWeights) {
        var out = new ArrayList<Candidate>();
        for (var stats : idfs) {
            for (double qw : questionWeights) {
                var grader = new ReferenceGrader(stats, ReferenceSettings.DEFAULT.withQuestionWeight(qw));
                double[][] f = new double[rows.size()][];
                for (int i = 0; i < f.length; i++) {
                    f[i] = grader.features(rows.get(i).challenge(), rows.get(i).answer());
                }
                out.add(new Candidate(stats.documentCount() == 0 ? "none" : "answers", stats, qw, f));
            }
        }
        return new Candidates(List.copyOf(out));
    }

    /**
     * Picks the candidate and feature set with the lowest RMSE in a leave-one-assignment-out over the
     * training rows only (least squares on the gold scores, predictions clamped to 0..5).
     */
    Choice select(double[] gold, int[] fold, boolean[] train) {
        Choice best = null;
        for (var c : candidates) {
            for (var set : FEATURE_SETS) {
                double[][] m = columns(c.features(), set);
                double rmse = innerRmse(m, gold, fold, train);
                if (best == null || rmse < best.innerRmse()) {
                    best = new Choice(c, set, m, rmse);
                }
            }
        }
        return best;
    }

    private static double innerRmse(double[][] m, double[] gold, int[] fold, boolean[] train) {
        double sum = 0;
        int count = 0;
        int[] inner = java.util.stream.IntStream.range(0, fold.length).filter(i -> train[i]).map(i -> fold[i])
                .distinct().sorted().toArray();
        for (int g : inner) {
            boolean[] fit = new boolean[fold.length];
            for (int i = 0; i < fold.length; i++) {
                fit[i] = train[i] && fold[i] != g;
            }
            double[] c = LeastSquares.fit(m, gold, fit);
            for (int i = 0; i < fold.length; i++) {
                if (train[i] && fold[i] == g) {
                    double e = Math.max(0, Math.min(5, LeastSquares.predict(c, m[i]))) - gold[i];
                    sum += e * e;
                    count++;
                }
            }
        }
        return Math.sqrt(sum / count);
    }

    private static double[][] columns(double[][] features, List<ReferenceFeature> set) {
        double[][] m = new double[features.length][set.size()];
        for (int i = 0; i < features.length; i++) {
            for (int j = 0; j < set.size(); j++) {
                m[i][j] = features[i][set.get(j).ordinal()];
            }
        }
        return m;
    }
}

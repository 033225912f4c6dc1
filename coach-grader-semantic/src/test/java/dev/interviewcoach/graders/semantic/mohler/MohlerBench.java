package dev.interviewcoach.graders.semantic.mohler;

import dev.interviewcoach.api.Answer;
import dev.interviewcoach.graders.BuiltInGraders;
import dev.interviewcoach.graders.internal.ReferenceFeature;
import dev.interviewcoach.graders.internal.ReferenceGrader;
import dev.interviewcoach.graders.internal.ReferenceSettings;
import dev.interviewcoach.graders.internal.TermStatistics;
import dev.interviewcoach.graders.semantic.internal.SemanticGraderProvider;
import dev.interviewcoach.spi.Grader;
import dev.interviewcoach.spi.GraderSpec;
import dev.interviewcoach.spi.GradingRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * {@code ./bench/run grading-mohler [--model NAME] [file]}: the reference grader on the Mohler et al. (2011) short
 * answers, by the protocol of {@code ../shared/eval/mohler/README.md}. Leave one assignment out (12
 * folds); on the training folds only, choose the IDF source, question weight and feature set by an
 * inner leave-one-assignment-out, fit the feature weights by least squares, then fit the line from the
 * grader's score to 0..5; predict the held-out assignment, clamped. IDF may use every answer text
 * (no scores). Baselines from the same run: the training folds' mean, the share of reference words
 * found, the grader with its default settings (only the line fitted), and the semantic reference
 * grader ({@code --model NAME} picks its model) with embeddings alone and combined 50/50 with
 * lexical coverage (only the line fitted).
 *
 * <p>It lives in this module's test scope because it fits the reference grader's internal feature
 * weights and runs the semantic graders: the one module that sees both. {@code bench/run} launches it
 * on this module's test class path.
 */
public final class MohlerBench {
    private static final String NAME = "grading-mohler";

    private MohlerBench() {}

    /**
     * Runs the benchmark from {@code bench/run}.
     *
     * @param args as for {@link #run}
     * @throws Exception when the file cannot be read
     */
    public static void main(String[] args) throws Exception {
        run(args);
    }

    /**
     * Runs the benchmark.
     *
     * @param args optionally the path of the data file
     * @throws Exception when the file cannot be read
     */
    public static void run(String[] args) throws Exception {
        String model = "all-minilm-l6-v2-q";
        var rest = new java.util.ArrayList<String>();
        for (int a = 0; a < args.length; a++) {
            if (args[a].equals("--model") && a + 1 < args.length) {
                model = args[++a];
            } else {
                rest.add(args[a]);
            }
        }
        Path file = rest.isEmpty() ? MohlerData.DEFAULT_FILE : Path.of(rest.get(0));
        if (!Files.isRegularFile(file)) {
            System.out.println(NAME + ": skipped=true reason=\"no data file at " + file
                    + " (read from ../shared only, never copied into the repository)\"");
            return;
        }
        List<MohlerData.Row> rows = MohlerData.read(file);
        int n = rows.size();
        double[] gold = rows.stream().mapToDouble(MohlerData.Row::gold).toArray();
        int[] fold = rows.stream().mapToInt(MohlerData.Row::fold).toArray();
        var answers = TermStatistics.of(rows.stream().map(MohlerData.Row::answer).toList());
        var candidates = Candidates.build(rows, List.of(TermStatistics.none(), answers), new double[] {0, 0.25, 0.5, 1});
        long questions = rows.stream().map(MohlerData.Row::qid).distinct().count();
        int[] folds = java.util.Arrays.stream(fold).distinct().sorted().toArray();
        System.out.printf(Locale.ROOT, "%d answers to %d questions, %d folds (one assignment each)%n", n, questions, folds.length);

        double[] fitted = new double[n];
        double[] mean = new double[n];
        double[] defaults = new double[n];
        double[] coverage = new double[n];
        Grader defaultGrader = BuiltInGraders.reference();
        double[] defaultRaw = scores(rows, i -> defaultGrader);
        var coverageGrader = new ReferenceGrader(TermStatistics.none(),
                ReferenceSettings.DEFAULT.withQuestionWeight(1).only(ReferenceFeature.COVERAGE));
        double[] coverageRaw = scores(rows, i -> coverageGrader);
        // the semantic reference grader: embeddings alone (blend 1), and 50/50 with lexical coverage
        double[] semantic = new double[n];
        double[] combined = new double[n];
        Grader semanticGrader = new SemanticGraderProvider().create(new GraderSpec("semantic", Map.of("model", model, "blend", "1")));
        Grader combinedGrader = new SemanticGraderProvider().create(new GraderSpec("semantic", Map.of("model", model)));
        double[] semanticRaw = scores(rows, i -> semanticGrader);
        double[] combinedRaw = scores(rows, i -> combinedGrader);
        for (int f : folds) {
            boolean[] train = new boolean[n];
            for (int i = 0; i < n; i++) {
                train[i] = fold[i] != f;
            }
            var choice = candidates.select(gold, fold, train);
            double[] c = LeastSquares.fit(choice.matrix(), scaled(gold, 0.2), train);
            var grader = new ReferenceGrader(choice.candidate().statistics(), choice.settings(c));
            double[] raw = scores(rows, i -> train[i] || fold[i] == f ? grader : null);
            predict(raw, gold, train, fold, f, fitted);
            predict(defaultRaw, gold, train, fold, f, defaults);
            predict(coverageRaw, gold, train, fold, f, coverage);
            predict(semanticRaw, gold, train, fold, f, semantic);
            predict(combinedRaw, gold, train, fold, f, combined);
            double m = 0;
            int count = 0;
            for (int i = 0; i < n; i++) {
                if (train[i]) {
                    m += gold[i];
                    count++;
                }
            }
            for (int i = 0; i < n; i++) {
                if (fold[i] == f) {
                    mean[i] = m / count;
                }
            }
            System.out.printf(Locale.ROOT, "fold %2d: %s, inner RMSE %.3f, weights %s%n", f, choice.describe(),
                    choice.innerRmse(), choice.describeWeights(c));
        }
        var ours = Agreement.of(fitted, gold);
        var base = Agreement.of(mean, gold);
        var def = Agreement.of(defaults, gold);
        var cov = Agreement.of(coverage, gold);
        var sem = Agreement.of(semantic, gold);
        var comb = Agreement.of(combined, gold);
        System.out.println("system                                              Pearson r   RMSE    QWK");
        System.out.printf(Locale.ROOT, "%-52s %6s   %5.3f   %5.3f%n", "predict the training folds' mean", "-", base.rmse(),
                base.qwk());
        print("share of reference words found (coverage only)", cov);
        print("reference grader, default settings", def);
        print("reference grader, settings and weights from training", ours);
        print("semantic grader, token alignment only (" + model + ")", sem);
        print("semantic grader, combined with sqrt(coverage) 50/50", comb);
        System.out.printf(Locale.ROOT, "%s: r=%.3f rmse=%.3f qwk=%.3f baseline_rmse=%.3f default_r=%.3f default_rmse=%.3f "
                        + "coverage_r=%.3f coverage_rmse=%.3f n=%d folds=%d semantic_r=%.3f semantic_rmse=%.3f "
                        + "combined_r=%.3f combined_rmse=%.3f semantic_model=%s%n", NAME, ours.r(), ours.rmse(), ours.qwk(),
                base.rmse(), def.r(), def.rmse(), cov.r(), cov.rmse(), n, folds.length, sem.r(), sem.rmse(), comb.r(),
                comb.rmse(), model);
    }

    /** Grades every row with the grader given for it (null: skip); an abstention or error counts as 0. */
    private static double[] scores(List<MohlerData.Row> rows, IntFunction<Grader> graderFor) {
        double[] s = new double[rows.size()];
        for (int i = 0; i < s.length; i++) {
            Grader g = graderFor.apply(i);
            if (g != null) {
                var row = rows.get(i);
                s[i] = g.grade(GradingRequest.of(row.challenge(), Answer.of(row.answer()))).score().orElse(0);
            }
        }
        return s;
    }

    /** Fits the line raw to 0..5 on the training rows and predicts the held-out fold, clamped. */
    private static void predict(double[] raw, double[] gold, boolean[] train, int[] fold, int heldOut, double[] out) {
        double[][] x = new double[raw.length][];
        for (int i = 0; i < raw.length; i++) {
            x[i] = new double[] {raw[i]};
        }
        double[] line = LeastSquares.fit(x, gold, train);
        for (int i = 0; i < raw.length; i++) {
            if (fold[i] == heldOut) {
                out[i] = Math.max(0, Math.min(5, LeastSquares.predict(line, x[i])));
            }
        }
    }

    private static double[] scaled(double[] y, double factor) {
        double[] s = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            s[i] = y[i] * factor;
        }
        return s;
    }

    private static void print(String system, Agreement a) {
        System.out.printf(Locale.ROOT, "%-52s %6.3f   %5.3f   %5.3f%n", system, a.r(), a.rmse(), a.qwk());
    }
}

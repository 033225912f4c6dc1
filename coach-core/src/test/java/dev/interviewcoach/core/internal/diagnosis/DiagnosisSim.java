package dev.interviewcoach.core.internal.diagnosis;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * {@code ./bench/run diagnosis-sim [candidates] [seed]}: simulated candidates placed by a fixed form
 * asking every concept × rung once, by adaptive diagnosis and by random questions, all scored by the
 * same estimator (the posterior's most probable placement per concept).
 *
 * <p>Every method meets the same candidates; each candidate's answers come from its own seeded stream.
 * Then adaptive and fixed form meet the same candidates in six scenarios: the base one, concepts
 * uncorrelated, uneven learners (each concept 0–1 or 4–5), a harsh grader (25 % slips, 20 % lucky,
 * noise 0.2), a lenient (+0.12) and a strict (−0.12) grader, and a grader that gives verdicts: 35 % of
 * its scores rounded to 0 or 1, as the rubric grader gives about a third of its grades (82 of the 246
 * on the independent answer set's development half are exactly 0 or 1); the last line adds each
 * scenario's figures, the worst adaptive − fixed gap and the worst |confidence − exact|.
 */
final class DiagnosisSim {
    private static final int CONCEPTS = 8;
    private static final int RUNGS = DiagnosisModel.RUNGS;
    private static final int BUDGET = 20;

    /** Accuracy, mean reported confidence and mean questions asked of one method. */
    private record Result(double exact, double withinOne, double confidence, double questions) {
        String line(String name) {
            return String.format(Locale.ROOT, "%-22s exact %.3f  within one %.3f  mean confidence %.3f  questions %.2f",
                    name, exact, withinOne, confidence, questions);
        }
    }

    /** Who the candidates are and how their answers are graded. */
    private record Scenario(String name, SimulatedCandidate.Levels levels, SimulatedCandidate.Grading grading) {
        static List<Scenario> all() {
            var standard = SimulatedCandidate.Grading.standard();
            return List.of(new Scenario("base", SimulatedCandidate.Levels.CORRELATED, standard),
                    new Scenario("uncorrelated", SimulatedCandidate.Levels.UNCORRELATED, standard),
                    new Scenario("uneven", SimulatedCandidate.Levels.UNEVEN, standard),
                    new Scenario("harsh", SimulatedCandidate.Levels.CORRELATED,
                            new SimulatedCandidate.Grading(0.25, 0.20, 0.2, 0)),
                    new Scenario("lenient", SimulatedCandidate.Levels.CORRELATED,
                            new SimulatedCandidate.Grading(0.12, 0.12, 0.12, 0.12)),
                    new Scenario("strict", SimulatedCandidate.Levels.CORRELATED,
                            new SimulatedCandidate.Grading(0.12, 0.12, 0.12, -0.12)),
                    new Scenario("verdict", SimulatedCandidate.Levels.CORRELATED,
                            new SimulatedCandidate.Grading(0.12, 0.12, 0.12, 0, 0.35)));
        }
    }

    /** Asks a candidate questions, feeding the answers to the posterior; returns how many were asked. */
    @FunctionalInterface
    private interface Method {
        int ask(Diagnosis diagnosis, SimulatedCandidate candidate, AbilityPosterior posterior, SplittableRandom random);
    }

    /**
     * Runs the benchmark ({@code ./bench/run NAME}, which builds this module's test classes and calls it).
     *
     * @param args the benchmark's arguments
     * @throws Exception when it cannot run
     */
    public static void main(String[] args) throws Exception {
        new DiagnosisSim().run(args);
    }

    void run(String[] args) {
        int candidates = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 20261124L;
        var fixed = measure(candidates, seed, BUDGET, DiagnosisSim::fixedForm);
        var adaptive = measure(candidates, seed, BUDGET, DiagnosisSim::adaptive);
        var random = measure(candidates, seed, BUDGET, DiagnosisSim::randomForm);
        System.out.printf("%d candidates x %d concepts, seed %d%n", candidates, CONCEPTS, seed);
        System.out.println(fixed.line("fixed form (40 cells)"));
        System.out.println(adaptive.line("adaptive, budget " + BUDGET));
        System.out.println(random.line("random, budget " + BUDGET));
        var more = new StringBuilder();
        for (int budget : new int[] {12, 16, 24}) {
            var r = measure(candidates, seed, budget, DiagnosisSim::adaptive);
            System.out.println(r.line("adaptive, budget " + budget));
            more.append(String.format(Locale.ROOT, " adaptive%d_exact=%.3f", budget, r.exact()));
        }
        System.out.printf(Locale.ROOT, "diagnosis-sim: candidates=%d seed=%d fixed_exact=%.3f fixed_within1=%.3f "
                + "fixed_questions=%.1f adaptive_exact=%.3f adaptive_within1=%.3f adaptive_questions=%.1f "
                + "adaptive_confidence=%.3f random_exact=%.3f random_within1=%.3f random_questions=%.1f%s%n",
                candidates, seed, fixed.exact(), fixed.withinOne(), fixed.questions(), adaptive.exact(),
                adaptive.withinOne(), adaptive.questions(), adaptive.confidence(), random.exact(), random.withinOne(),
                random.questions(), more + scenarios(candidates, seed));
    }

    /** Adaptive against the fixed form in every scenario; the keys for the last line. */
    private static String scenarios(int candidates, long seed) {
        var keys = new StringBuilder();
        double worstGap = Double.MAX_VALUE;
        double worstCalibration = 0;
        double maxQuestions = 0;
        for (var scenario : Scenario.all()) {
            var fixed = measure(candidates, seed, BUDGET, DiagnosisSim::fixedForm, scenario);
            var adaptive = measure(candidates, seed, BUDGET, DiagnosisSim::adaptive, scenario);
            System.out.println(fixed.line(scenario.name() + ": fixed"));
            System.out.println(adaptive.line(scenario.name() + ": adaptive"));
            worstGap = Math.min(worstGap, adaptive.exact() - fixed.exact());
            worstCalibration = Math.max(worstCalibration, Math.abs(adaptive.confidence() - adaptive.exact()));
            maxQuestions = Math.max(maxQuestions, adaptive.questions());
            keys.append(String.format(Locale.ROOT, " %s_adaptive_exact=%.3f %s_adaptive_within1=%.3f %s_confidence=%.3f"
                    + " %s_fixed_exact=%.3f %s_fixed_within1=%.3f %s_fixed_confidence=%.3f", scenario.name(),
                    adaptive.exact(), scenario.name(), adaptive.withinOne(), scenario.name(), adaptive.confidence(),
                    scenario.name(), fixed.exact(), scenario.name(), fixed.withinOne(), scenario.name(),
                    fixed.confidence()));
        }
        return keys.append(String.format(Locale.ROOT, " worst_gap=%.3f worst_calibration=%.3f max_questions=%.1f",
                worstGap, worstCalibration, maxQuestions)).toString();
    }

    private static Result measure(int candidates, long seed, int budget, Method method) {
        return measure(candidates, seed, budget, method, Scenario.all().get(0));
    }

    private static Result measure(int candidates, long seed, int budget, Method method, Scenario scenario) {
        var diagnosis = new Diagnosis(DiagnosisModel.standard(), Diagnosis.Policy.standard().withBudget(budget));
        long exact = 0;
        long withinOne = 0;
        double confidence = 0;
        long questions = 0;
        for (int i = 0; i < candidates; i++) {
            long stream = seed * 1_000_003L + i;
            var candidate = new SimulatedCandidate(CONCEPTS, new SplittableRandom(stream), scenario.levels(),
                    scenario.grading());
            var posterior = diagnosis.start(CONCEPTS);
            questions += method.ask(diagnosis, candidate, posterior, new SplittableRandom(~stream));
            for (int c = 0; c < CONCEPTS; c++) {
                int error = Math.abs(posterior.placedLevel(c) - candidate.level(c));
                exact += error == 0 ? 1 : 0;
                withinOne += error <= 1 ? 1 : 0;
                confidence += posterior.confidence(c);
            }
        }
        double cells = (double) candidates * CONCEPTS;
        return new Result(exact / cells, withinOne / cells, confidence / cells, questions / (double) candidates);
    }

    private static int fixedForm(Diagnosis diagnosis, SimulatedCandidate candidate, AbilityPosterior posterior,
            SplittableRandom random) {
        for (int c = 0; c < CONCEPTS; c++) {
            for (int rung = 1; rung <= RUNGS; rung++) {
                posterior.observe(c, rung, candidate.grade(c, rung, random));
            }
        }
        return CONCEPTS * RUNGS;
    }

    /** Random cells, each at most once, up to the budget. */
    private static int randomForm(Diagnosis diagnosis, SimulatedCandidate candidate, AbilityPosterior posterior,
            SplittableRandom random) {
        int[] cells = new int[CONCEPTS * RUNGS];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = i;
        }
        int budget = diagnosis.policy().budget();
        for (int i = 0; i < budget; i++) {
            int j = i + random.nextInt(cells.length - i);
            int cell = cells[j];
            cells[j] = cells[i];
            int c = cell / RUNGS;
            int rung = cell % RUNGS + 1;
            posterior.observe(c, rung, candidate.grade(c, rung, random));
        }
        return budget;
    }

    private static int adaptive(Diagnosis diagnosis, SimulatedCandidate candidate, AbilityPosterior posterior,
            SplittableRandom random) {
        int asked = 0;
        for (var cell = diagnosis.next(posterior, asked, Diagnosis.Availability.all()); cell.isPresent();
                cell = diagnosis.next(posterior, asked, Diagnosis.Availability.all())) {
            int c = cell.get().concept();
            int rung = cell.get().rung();
            posterior.observe(c, rung, candidate.grade(c, rung, random));
            asked++;
        }
        return asked;
    }
}

package dev.interviewcoach.bench.session;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * {@code ./bench/run session-step}: runs {@link SessionStepBenchmarks} with JMH and prints a step's cost
 * (next + submit) with 1,000 and 50,000 earlier attempts in the store and grading the same challenges
 * alone (per step: the median of batches of {@value SessionStepBenchmarks#BATCH}); then alternates
 * batches of steps and grades in this JVM ({@link StepCpuCheck}) for the ratios of the last line, by
 * wall clock ({@code ratio}) and by CPU time ({@code cpu_ratio}), with JMH's own ratios beside them.
 */
public final class SessionStepBench {
    private static final String NAME = "session-step";
    /**
     * Warm-up batches: a step runs through far more code than a grade, and its CPU time per step keeps
     * falling as the JIT compiles it until some 30,000 steps (measured in blocks of 2,000); 200 batches
     * of 200 reach the steady state for both benchmarks.
     */
    static final int WARMUP_BATCHES = 200;
    /** Measured batches per benchmark; a figure is their median, so a collection or a burst of load elsewhere moves it little. */
    static final int MEASURED_BATCHES = 60;
    /**
     * Forks per benchmark: the same code measured in separate JVMs differs by up to half (how the JIT
     * compiled it that time), so each figure pools the batches of three forks.
     */
    static final int FORKS = 3;

    private SessionStepBench() {}

    /**
     * Runs the benchmark.
     *
     * @param args unused
     * @throws Exception when JMH fails
     */
    public static void run(String[] args) throws Exception {
        var options = new OptionsBuilder()
                .include(SessionStepBenchmarks.class.getName() + "\\.")
                .forks(FORKS)
                .warmupIterations(WARMUP_BATCHES)
                .warmupBatchSize(SessionStepBenchmarks.BATCH)
                .measurementIterations(MEASURED_BATCHES)
                .measurementBatchSize(SessionStepBenchmarks.BATCH)
                .timeUnit(TimeUnit.NANOSECONDS)
                .jvmArgsAppend("-Xms1g", "-Xmx1g")
                .shouldFailOnError(true)
                .build();
        Map<String, Double> ns = new HashMap<>();
        for (RunResult r : new Runner(options).run()) {
            String method = r.getParams().getBenchmark();
            method = method.substring(method.lastIndexOf('.') + 1);
            String history = r.getParams().getParam("history");
            ns.put(history == null ? method : method + ":" + history,
                    r.getPrimaryResult().getStatistics().getPercentile(50) / SessionStepBenchmarks.BATCH);
        }
        double step = ns.get("step:1000");
        double step50k = ns.get("step:50000");
        double grade = ns.get("grade");
        System.out.println();
        System.out.printf(Locale.ROOT, "one practice step (next + submit), 1,000 earlier attempts: %.0f ns; 50,000: %.0f ns; "
                + "grading alone: %.0f ns%n", step, step50k, grade);
        var cpu = StepCpuCheck.run();
        System.out.printf(Locale.ROOT, "Interleaved cross-check (this JVM, steps and grades alternated): CPU per step %.0f ns, "
                + "50,000: %.0f ns, grading alone %.0f ns; median ratios by CPU %.2f and %.2f, by wall clock %.2f and %.2f%n",
                cpu.step(), cpu.step50k(), cpu.grade(), cpu.cpuRatio(), cpu.cpuRatio50k(), cpu.wallRatio(),
                cpu.wallRatio50k());
        // The ratios are the interleaved ones: JMH runs each benchmark in JVMs of its own, and the same
        // grader compiled in another JVM costs up to 40 % more or less, so a ratio of two JMH figures
        // swings with the forks; alternating steps and grades in one JVM compares them on one compilation.
        System.out.printf(Locale.ROOT, "%s: step_ns=%.0f grade_ns=%.0f ratio=%.2f ratio_50k=%.2f cpu_ratio=%.2f "
                        + "cpu_ratio_50k=%.2f jmh_ratio=%.2f jmh_ratio_50k=%.2f%n", NAME, step, grade, cpu.wallRatio(),
                cpu.wallRatio50k(), cpu.cpuRatio(), cpu.cpuRatio50k(), step / grade, step50k / grade);
    }
}

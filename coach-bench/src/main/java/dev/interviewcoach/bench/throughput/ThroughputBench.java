package dev.interviewcoach.bench.throughput;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * {@code ./bench/run grading-throughput}: runs {@link GradingBenchmarks} with JMH (2 forks, warm-up
 * before measurement) and prints grading time of a 150-word answer, its ratio to tokenising the same
 * answer, and the cost per byte of answers of 10 KB, 100 KB and 1 MB. JMH's GC profiler adds the bytes
 * allocated per operation, which unlike time do not depend on what else the machine is running, and
 * {@link CpuTimeCheck} the CPU time per operation as a cross-check of the wall-clock figures.
 */
public final class ThroughputBench {
    private static final String NAME = "grading-throughput";
    private static final int[] SIZES = {10_240, 102_400, 1_048_576};

    private ThroughputBench() {}

    /**
     * Runs the benchmark.
     *
     * @param args unused
     * @throws Exception when JMH fails
     */
    public static void run(String[] args) throws Exception {
        var options = new OptionsBuilder()
                .include(GradingBenchmarks.class.getName() + "\\.")
                .forks(2)
                .warmupIterations(5)
                .warmupTime(TimeValue.seconds(2))
                .measurementIterations(5)
                .measurementTime(TimeValue.seconds(1))
                .timeUnit(TimeUnit.NANOSECONDS)
                .jvmArgsAppend("-Xms1g", "-Xmx1g")
                .addProfiler(GCProfiler.class)
                .shouldFailOnError(true)
                .build();
        Map<String, Double> ns = new HashMap<>();
        Map<String, Double> alloc = new HashMap<>();
        for (RunResult r : new Runner(options).run()) {
            String method = r.getParams().getBenchmark();
            method = method.substring(method.lastIndexOf('.') + 1);
            String bytes = r.getParams().getParam("bytes");
            String key = bytes == null ? method : method + ":" + bytes;
            ns.put(key, r.getPrimaryResult().getScore());
            for (String secondary : r.getSecondaryResults().keySet()) {
                if (secondary.endsWith("gc.alloc.rate.norm")) {
                    alloc.put(key, r.getSecondaryResults().get(secondary).getScore());
                }
            }
        }
        int[] bytes = new int[SIZES.length];
        for (int i = 0; i < SIZES.length; i++) {
            bytes[i] = ThroughputFixture.repeated(SIZES[i]).getBytes(StandardCharsets.UTF_8).length;
        }
        double grade = ns.get("grade150");
        double tokenize = ns.get("tokenize150");
        double[] perByte = new double[SIZES.length];
        System.out.println();
        System.out.printf(Locale.ROOT, "rubric grader, 150-word answer, six criteria: %.0f ns/op; tokenising it: %.0f ns/op; "
                + "ratio %.2f%n", grade, tokenize, grade / tokenize);
        System.out.printf(Locale.ROOT, "allocated per op (independent of machine load): grading %.0f B, tokenising %.0f B%n",
                alloc.getOrDefault("grade150", Double.NaN), alloc.getOrDefault("tokenize150", Double.NaN));
        for (int i = 0; i < SIZES.length; i++) {
            double op = ns.get("gradeLong:" + SIZES[i]);
            perByte[i] = op / bytes[i];
            System.out.printf(Locale.ROOT, "rubric grader, %d-byte answer: %.0f ns/op, %.2f ns/byte, %.1f B allocated/byte%n",
                    bytes[i], op, perByte[i], alloc.getOrDefault("gradeLong:" + SIZES[i], Double.NaN) / bytes[i]);
        }
        var cpu = CpuTimeCheck.run(SIZES);
        double[] cpuPerByte = new double[SIZES.length];
        for (int i = 0; i < SIZES.length; i++) {
            cpuPerByte[i] = cpu.gradeLong()[i] / bytes[i];
        }
        System.out.printf(Locale.ROOT, "CPU-time cross-check (measuring thread only, this JVM): grading %.0f ns, tokenising %.0f ns, "
                        + "ratio %.2f; ns/byte %.2f, %.2f, %.2f; linearity %.2f%n", cpu.grade150(), cpu.tokenize150(),
                cpu.grade150() / cpu.tokenize150(), cpuPerByte[0], cpuPerByte[1], cpuPerByte[2], cpuPerByte[2] / cpuPerByte[0]);
        System.out.printf(Locale.ROOT, "hostile texts (one sentence of contrasts, declared-false claims and negators; one of denied pattern matches as long as the text), mean CPU time: "
                + "%.2f ns/byte at 100 KB, %.2f at 1 MB%n", cpu.hostile()[0], cpu.hostile()[1]);
        System.out.printf(Locale.ROOT, "%s: grade_ns=%.0f tokenize_ns=%.0f ratio=%.2f ns_per_byte_10k=%.2f "
                        + "ns_per_byte_100k=%.2f ns_per_byte_1m=%.2f linearity=%.2f hostile_ns_per_byte_1m=%.2f "
                        + "hostile_linearity=%.2f%n", NAME, grade, tokenize, grade / tokenize, perByte[0], perByte[1],
                perByte[2], perByte[2] / perByte[0], cpu.hostile()[1], cpu.hostile()[1] / cpu.hostile()[0]);
    }
}

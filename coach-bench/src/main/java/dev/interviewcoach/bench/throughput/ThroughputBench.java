package dev.interviewcoach.bench.throughput;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * {@code ./bench/run grading-throughput}: runs {@link GradingBenchmarks} with JMH (2 forks, warm-up
 * before measurement) and prints grading time of a 150-word answer, its ratio to tokenising the same
 * answer, and the cost per byte of answers of 10 KB, 100 KB and 1 MB.
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
                .shouldFailOnError(true)
                .build();
        Map<String, Double> ns = new HashMap<>();
        for (RunResult r : new Runner(options).run()) {
            String method = r.getParams().getBenchmark();
            method = method.substring(method.lastIndexOf('.') + 1);
            String bytes = r.getParams().getParam("bytes");
            ns.put(bytes == null ? method : method + ":" + bytes, r.getPrimaryResult().getScore());
        }
        double grade = ns.get("grade150");
        double tokenize = ns.get("tokenize150");
        double[] perByte = new double[SIZES.length];
        System.out.println();
        System.out.printf(Locale.ROOT, "rubric grader, 150-word answer, six criteria: %.0f ns/op; tokenising it: %.0f ns/op; "
                + "ratio %.2f%n", grade, tokenize, grade / tokenize);
        for (int i = 0; i < SIZES.length; i++) {
            int actual = ThroughputFixture.repeated(SIZES[i]).getBytes(StandardCharsets.UTF_8).length;
            double op = ns.get("gradeLong:" + SIZES[i]);
            perByte[i] = op / actual;
            System.out.printf(Locale.ROOT, "rubric grader, %d-byte answer: %.0f ns/op, %.2f ns/byte%n", actual, op, perByte[i]);
        }
        System.out.printf(Locale.ROOT, "%s: grade_ns=%.0f tokenize_ns=%.0f ratio=%.2f ns_per_byte_10k=%.2f "
                        + "ns_per_byte_100k=%.2f ns_per_byte_1m=%.2f linearity=%.2f%n", NAME, grade, tokenize,
                grade / tokenize, perByte[0], perByte[1], perByte[2], perByte[2] / perByte[0]);
    }
}

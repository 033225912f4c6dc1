package dev.interviewcoach.bench.throughput;

import dev.interviewcoach.graders.semantic.SemanticGraders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * {@code ./bench/run grading-semantic-throughput}: the model's load time and the resident memory it
 * adds, measured in this fresh JVM, then {@link SemanticGradingBenchmarks} with JMH (1 fork, warm-up
 * before measurement): ns per 150-word answer for {@code rubric+semantic} and {@code semantic} as a
 * ratio to the rubric grader in the same run, and ns per word from 50 to 600 words (linearity: the
 * per-word cost at 600 words over that at 150).
 */
public final class SemanticThroughputBench {
    private static final String NAME = "grading-semantic-throughput";

    private SemanticThroughputBench() {}

    /**
     * Runs the benchmark.
     *
     * @param args unused
     * @throws Exception when JMH fails
     */
    public static void run(String[] args) throws Exception {
        long rssBefore = residentKb();
        Duration load = SemanticGraders.loadModel();
        long rssAfter = residentKb();
        System.out.printf(Locale.ROOT, "model load: %d ms; resident memory %d MB before, %d MB after (+%d MB)%n",
                load.toMillis(), rssBefore / 1024, rssAfter / 1024, (rssAfter - rssBefore) / 1024);
        var options = new OptionsBuilder()
                .include(SemanticGradingBenchmarks.class.getName() + "\\.")
                .forks(1)
                .warmupIterations(3)
                .warmupTime(TimeValue.seconds(2))
                .measurementIterations(5)
                .measurementTime(TimeValue.seconds(2))
                .timeUnit(TimeUnit.NANOSECONDS)
                .jvmArgsAppend("-Xms1g", "-Xmx1g")
                .shouldFailOnError(true)
                .build();
        Map<String, Double> ns = new HashMap<>();
        for (RunResult r : new Runner(options).run()) {
            ns.put(r.getParams().getParam("grader") + ":" + r.getParams().getParam("words"), r.getPrimaryResult().getScore());
        }
        double rubric = ns.get("rubric:150");
        double rs = ns.get("rubric+semantic:150");
        double sem = ns.get("semantic:150");
        System.out.println();
        for (String g : new String[] {"rubric", "rubric+semantic", "semantic"}) {
            System.out.printf(Locale.ROOT, "%-16s ns/op at 50/150/300/600 words: %.0f %.0f %.0f %.0f%n", g,
                    ns.get(g + ":50"), ns.get(g + ":150"), ns.get(g + ":300"), ns.get(g + ":600"));
        }
        double linRs = (ns.get("rubric+semantic:600") / 600) / (rs / 150);
        double linSem = (ns.get("semantic:600") / 600) / (sem / 150);
        System.out.printf(Locale.ROOT, "%s: rubric_ns=%.0f rubric_semantic_ns=%.0f semantic_ns=%.0f "
                        + "rubric_semantic_ratio=%.1f semantic_ratio=%.1f rubric_semantic_ms=%.1f semantic_ms=%.1f "
                        + "linearity_rubric_semantic=%.2f linearity_semantic=%.2f load_ms=%d rss_mb=%d rss_model_mb=%d%n",
                NAME, rubric, rs, sem, rs / rubric, sem / rubric, rs / 1e6, sem / 1e6, linRs, linSem, load.toMillis(),
                rssAfter / 1024, (rssAfter - rssBefore) / 1024);
    }

    /** This process's resident set size in KB, from /proc (0 where there is none). */
    private static long residentKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }
}

package dev.interviewcoach.bench;

import java.util.Map;

/** The list of benchmarks; each new benchmark adds one line here. */
final class Registry {
    private Registry() {}

    static void register(Map<String, Bench.Benchmark> benchmarks) {
        benchmarks.put("cli-start", dev.interviewcoach.bench.cli.CliStartBench::run);
        benchmarks.put("grading-calibration", dev.interviewcoach.bench.grading.CalibrationBenchmark::run);
        benchmarks.put("grading-heldout", dev.interviewcoach.bench.heldout.HeldoutBenchmark::run);
        benchmarks.put("grading-followups", dev.interviewcoach.bench.heldout.HeldoutBenchmark::followUps);
        benchmarks.put("session-step", dev.interviewcoach.bench.session.SessionStepBench::run);
        benchmarks.put("progression-sim", new dev.interviewcoach.bench.progression.ProgressionSim());
        benchmarks.put("grading-throughput", dev.interviewcoach.bench.throughput.ThroughputBench::run);
        benchmarks.put("store-throughput", dev.interviewcoach.bench.store.StoreThroughput::run);
        benchmarks.put("grading-semantic-throughput", dev.interviewcoach.bench.throughput.SemanticThroughputBench::run);
    }
}

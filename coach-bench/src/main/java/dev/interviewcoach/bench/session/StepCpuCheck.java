package dev.interviewcoach.bench.session;

import dev.interviewcoach.api.Answer;
import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.core.Graders;
import dev.interviewcoach.core.TrackLoader;
import dev.interviewcoach.spi.Grader;
import dev.interviewcoach.spi.GradingRequest;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;

/**
 * A cross-check of the JMH figures: batches of steps and batches grading the same challenges alone,
 * alternated in one JVM after a warm-up, each timed by the measuring thread's CPU time (which does not
 * depend on what else the machine runs) and by the wall clock. Each round gives a ratio of a step to a
 * grade; the figures are the medians of the rounds' ratios, so a slower minute of the machine slows a
 * round's steps and grades alike instead of whichever JMH benchmark ran in it.
 */
final class StepCpuCheck {
    /** Warm-up rounds: 100 rounds are 40,000 steps and 20,000 grades, enough to reach the steady state. */
    private static final int WARMUP_ROUNDS = 100;
    private static final int ROUNDS = 60;

    /**
     * CPU nanoseconds per step (1,000 and 50,000 earlier attempts) and per grade (means over the
     * measured rounds), and the medians of the rounds' step-to-grade ratios by CPU and by wall clock.
     */
    record Result(double step, double step50k, double grade, double cpuRatio, double cpuRatio50k,
            double wallRatio, double wallRatio50k) {}

    /** CPU and wall-clock nanoseconds of one batch. */
    private record Time(long cpu, long wall) {}

    private StepCpuCheck() {}

    static Result run() {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        TrackLoader tracks = SessionFixture.tracks();
        Grader grader = Graders.rubric();
        List<Challenge> asked = SessionFixture.asked(tracks, SessionStepBenchmarks.BATCH);
        List<GradingRequest> requests = asked.stream()
                .map(c -> GradingRequest.of(c, Answer.of(SessionFixture.ANSWER))).toList();
        long step = 0;
        long step50k = 0;
        long grade = 0;
        double[][] ratios = new double[4][ROUNDS];
        for (int round = 0; round < WARMUP_ROUNDS + ROUNDS; round++) {
            Time s = steps(cpu, tracks, grader, 1_000);
            Time s50 = steps(cpu, tracks, grader, 50_000);
            long g0 = cpu.getCurrentThreadCpuTime();
            long w0 = System.nanoTime();
            for (var request : requests) {
                grader.grade(request);
            }
            Time g = new Time(cpu.getCurrentThreadCpuTime() - g0, System.nanoTime() - w0);
            if (round >= WARMUP_ROUNDS) {
                int i = round - WARMUP_ROUNDS;
                step += s.cpu();
                step50k += s50.cpu();
                grade += g.cpu();
                ratios[0][i] = (double) s.cpu() / g.cpu();
                ratios[1][i] = (double) s50.cpu() / g.cpu();
                ratios[2][i] = (double) s.wall() / g.wall();
                ratios[3][i] = (double) s50.wall() / g.wall();
            }
        }
        double n = (double) ROUNDS * SessionStepBenchmarks.BATCH;
        return new Result(step / n, step50k / n, grade / n, median(ratios[0]), median(ratios[1]),
                median(ratios[2]), median(ratios[3]));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private static Time steps(ThreadMXBean cpu, TrackLoader tracks, Grader grader, int history) {
        var session = SessionFixture.session(tracks, history, grader);
        long start = cpu.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        for (int i = 0; i < SessionStepBenchmarks.BATCH; i++) {
            var step = session.next().orElseThrow();
            session.submit(step.id(), Answer.of(SessionFixture.ANSWER));
        }
        return new Time(cpu.getCurrentThreadCpuTime() - start, System.nanoTime() - wall);
    }
}

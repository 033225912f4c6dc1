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
 * A cross-check of the JMH figures that does not depend on what else the machine runs: the CPU time
 * of the measuring thread for batches of steps and for grading the same challenges alone, alternated
 * in one JVM after a warm-up.
 */
final class StepCpuCheck {
    /** Warm-up rounds: 100 rounds are 40,000 steps and 20,000 grades, enough to reach the steady state. */
    private static final int WARMUP_ROUNDS = 100;
    private static final int ROUNDS = 20;

    /** CPU nanoseconds per step (1,000 and 50,000 earlier attempts) and per grade. */
    record Result(double step, double step50k, double grade) {}

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
        for (int round = 0; round < WARMUP_ROUNDS + ROUNDS; round++) {
            long s = steps(cpu, tracks, grader, 1_000);
            long s50 = steps(cpu, tracks, grader, 50_000);
            long g0 = cpu.getCurrentThreadCpuTime();
            for (var request : requests) {
                grader.grade(request);
            }
            long g = cpu.getCurrentThreadCpuTime() - g0;
            if (round >= WARMUP_ROUNDS) {
                step += s;
                step50k += s50;
                grade += g;
            }
        }
        double n = (double) ROUNDS * SessionStepBenchmarks.BATCH;
        return new Result(step / n, step50k / n, grade / n);
    }

    private static long steps(ThreadMXBean cpu, TrackLoader tracks, Grader grader, int history) {
        var session = SessionFixture.session(tracks, history, grader);
        long start = cpu.getCurrentThreadCpuTime();
        for (int i = 0; i < SessionStepBenchmarks.BATCH; i++) {
            var step = session.next().orElseThrow();
            session.submit(step.id(), Answer.of(SessionFixture.ANSWER));
        }
        return cpu.getCurrentThreadCpuTime() - start;
    }
}

package dev.interviewcoach.bench.throughput;

import dev.interviewcoach.api.Answer;
import dev.interviewcoach.core.Graders;
import dev.interviewcoach.spi.Grader;
import dev.interviewcoach.spi.GradingRequest;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.ToDoubleFunction;

/**
 * A cross-check of the JMH figures that a busy machine disturbs less: the CPU time of the measuring
 * thread per operation, after a warm-up, in this JVM. Wall-clock time on a shared machine includes
 * waiting for a core; thread CPU time does not, but it also leaves out the collector's and the
 * compiler's threads, so it flatters code that allocates much.
 */
final class CpuTimeCheck {
    private static final long WARM_UP_NANOS = 3_000_000_000L;
    private static final long MEASURE_NANOS = 3_000_000_000L;

    /**
     * CPU nanoseconds per operation of each measured operation; {@code hostile}, per byte, the mean of
     * the two hostile texts at 100 KB and 1 MB.
     */
    record Figures(double grade150, double tokenize150, double[] gradeLong, double[] hostile) {}

    /**
     * One sentence with no punctuation, made of the constructs whose scope runs to the end of a clause
     * or sentence (contrasts, claims declared false, negators) between the challenge's own words: what
     * a hostile answer would repeat to make a scope-marking scan go quadratic.
     */
    private static final String HOSTILE_UNIT = "unlike the idempotency key it is false that that a retry is not "
            + "as opposed to the stored response a common mistake is to think that no charge ";
    /**
     * The second hostile text: a denied start of the fixture's pattern misconception ("retry ... always
     * safe"), repeated, and its end once, so that every start makes a match as long as the text: what
     * makes a scan of each match go quadratic.
     */
    private static final String PATTERN_UNIT = "a retry is not instead of ";
    private static final String PATTERN_END = "always safe";
    /** Sizes of the hostile text, in bytes. */
    static final int[] HOSTILE_SIZES = {100_000, 1_000_000};

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static double sink;

    private CpuTimeCheck() {}

    static Figures run(int[] sizes) {
        Grader grader = Graders.rubric();
        String text = ThroughputFixture.answer150();
        var request = GradingRequest.of(ThroughputFixture.challenge(), Answer.of(text));
        double grade = perOp(r -> grader.grade(r).score().orElse(0), request);
        double tokenize = perOp(Tokenizing::countTokens, text);
        double[] longer = new double[sizes.length];
        for (int i = 0; i < sizes.length; i++) {
            var big = GradingRequest.of(ThroughputFixture.challenge(), Answer.of(ThroughputFixture.repeated(sizes[i])));
            longer[i] = perOp(r -> grader.grade(r).score().orElse(0), big);
        }
        double[] hostile = new double[HOSTILE_SIZES.length];
        for (int i = 0; i < HOSTILE_SIZES.length; i++) {
            var h = GradingRequest.of(ThroughputFixture.challenge(), Answer.of(hostile(HOSTILE_SIZES[i])));
            var p = GradingRequest.of(ThroughputFixture.challenge(), Answer.of(hostilePattern(HOSTILE_SIZES[i])));
            hostile[i] = (perOp(r -> grader.grade(r).score().orElse(0), h)
                    + perOp(r -> grader.grade(r).score().orElse(0), p)) / (2.0 * HOSTILE_SIZES[i]);
        }
        return new Figures(grade, tokenize, longer, hostile);
    }

    static String hostile(int bytes) {
        var sb = new StringBuilder(bytes + HOSTILE_UNIT.length());
        while (sb.length() + HOSTILE_UNIT.length() <= bytes) {
            sb.append(HOSTILE_UNIT);
        }
        return sb.toString();
    }

    static String hostilePattern(int bytes) {
        var sb = new StringBuilder(bytes + PATTERN_UNIT.length());
        while (sb.length() + PATTERN_UNIT.length() + PATTERN_END.length() <= bytes) {
            sb.append(PATTERN_UNIT);
        }
        return sb.append(PATTERN_END).toString();
    }

    private static <T> double perOp(ToDoubleFunction<T> op, T input) {
        run(op, input, WARM_UP_NANOS);
        return run(op, input, MEASURE_NANOS);
    }

    private static <T> double run(ToDoubleFunction<T> op, T input, long budget) {
        long start = cpuNanos();
        long ops = 0;
        double s = 0;
        while (cpuNanos() - start < budget) {
            for (int i = 0; i < 8; i++) {
                s += op.applyAsDouble(input);
            }
            ops += 8;
        }
        sink += s;
        return (double) (cpuNanos() - start) / ops;
    }

    private static long cpuNanos() {
        return THREADS.getCurrentThreadCpuTime();
    }
}

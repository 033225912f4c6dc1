package dev.interviewcoach.bench.throughput;

import dev.interviewcoach.api.Answer;
import dev.interviewcoach.api.Grade;
import dev.interviewcoach.core.Graders;
import dev.interviewcoach.spi.Grader;
import dev.interviewcoach.spi.GradingRequest;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH benchmarks of the semantic graders against the rubric grader in the same run: the throughput
 * fixture's answer at 50 to 600 words (its 150 words cycled or cut) graded by {@code rubric},
 * {@code rubric+semantic} and {@code semantic}. Rubric wordings and reference sentences are embedded
 * in setup (as they are once per challenge); the answer's sentences are embedded on every operation.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class SemanticGradingBenchmarks {
    /** A grader and an answer of the given length, graded once before timing. */
    @State(Scope.Benchmark)
    public static class Sized {
        /** The grader's name. */
        @Param({"rubric", "rubric+semantic", "semantic"})
        public String grader;

        /** The answer's length in words. */
        @Param({"50", "150", "300", "600"})
        public int words;

        Grader g;
        GradingRequest request;

        /** Builds the request and grades it once, so the model is loaded and the rubric embedded. */
        @Setup
        public void setUp() {
            g = Graders.byName(grader);
            request = GradingRequest.of(ThroughputFixture.challenge(), Answer.of(words(words)));
            Grade first = g.grade(request);
            if (!first.isScored()) {
                throw new IllegalStateException("the fixture answer was not graded: " + first.message());
            }
        }
    }

    /** Public for JMH. */
    public SemanticGradingBenchmarks() {}

    /**
     * Grades the answer.
     *
     * @param s the state
     * @return the grade
     */
    @Benchmark
    public Grade grade(Sized s) {
        return s.g.grade(s.request);
    }

    /** The 150-word fixture answer's words, cycled or cut to {@code n}. */
    static String words(int n) {
        String[] all = ThroughputFixture.answer150().split("\\s+");
        var sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(all[i % all.length]);
        }
        return sb.toString();
    }
}

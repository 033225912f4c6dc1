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
 * JMH benchmarks of the rubric grader: a 150-word answer against a six-criterion rubric (compiled in
 * setup), tokenising the same answer with the grader's analyzer as the baseline, and answers of 10 KB
 * to 1 MB for the cost per byte.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class GradingBenchmarks {
    /** The grader and the 150-word request, ready before timing. */
    @State(Scope.Benchmark)
    public static class ShortAnswer {
        Grader grader;
        GradingRequest request;
        String text;

        /** Builds the request and grades it once, so the rubric is compiled and cached before timing. */
        @Setup
        public void setUp() {
            grader = Graders.rubric();
            text = ThroughputFixture.answer150();
            request = GradingRequest.of(ThroughputFixture.challenge(), Answer.of(text));
            Grade first = grader.grade(request);
            if (!first.isScored()) {
                throw new IllegalStateException("the fixture answer was not graded: " + first.message());
            }
        }
    }

    /** A long answer of the given size in bytes. */
    @State(Scope.Benchmark)
    public static class LongAnswer {
        /** Answer size in bytes. */
        @Param({"10240", "102400", "1048576"})
        public int bytes;

        Grader grader;
        GradingRequest request;

        /** Builds the answer and grades it once. */
        @Setup
        public void setUp() {
            grader = Graders.rubric();
            request = GradingRequest.of(ThroughputFixture.challenge(), Answer.of(ThroughputFixture.repeated(bytes)));
            Grade first = grader.grade(request);
            if (!first.isScored()) {
                throw new IllegalStateException("the long answer was not graded: " + first.message());
            }
        }
    }

    /** Public for JMH. */
    public GradingBenchmarks() {}

    /**
     * Grades the 150-word answer.
     *
     * @param s the state
     * @return the grade
     */
    @Benchmark
    public Grade grade150(ShortAnswer s) {
        return s.grader.grade(s.request);
    }

    /**
     * Tokenises the 150-word answer with the Lucene chain the grader starts from.
     *
     * @param s the state
     * @return the token count
     */
    @Benchmark
    public int tokenize150(ShortAnswer s) {
        return Tokenizing.countTokens(s.text);
    }

    /**
     * Grades a long answer.
     *
     * @param s the state
     * @return the grade
     */
    @Benchmark
    public Grade gradeLong(LongAnswer s) {
        return s.grader.grade(s.request);
    }
}

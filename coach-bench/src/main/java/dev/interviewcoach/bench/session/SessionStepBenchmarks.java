package dev.interviewcoach.bench.session;

import dev.interviewcoach.api.Answer;
import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.Grade;
import dev.interviewcoach.core.CoachSession;
import dev.interviewcoach.core.Feedback;
import dev.interviewcoach.core.Graders;
import dev.interviewcoach.core.TrackLoader;
import dev.interviewcoach.spi.Grader;
import dev.interviewcoach.spi.GradingRequest;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Practice steps ({@code next()} then {@code submit()}) with the in-memory store and the default
 * grader, against grading the same challenges alone with the same grader. Each measured batch starts
 * from a fresh store and runs {@value #BATCH} steps, so the steps ask exactly the challenges the
 * grading batch grades.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class SessionStepBenchmarks {
    /** Steps (and grades) per measured batch. */
    static final int BATCH = 200;

    /** A placed learner with some earlier attempts; a fresh store each iteration bounds its growth. */
    @State(Scope.Benchmark)
    public static class Learner {
        /** Earlier attempts in the store. */
        @Param({"1000", "50000"})
        public int history;

        TrackLoader tracks;
        Grader grader;
        CoachSession session;

        /** Loads the track and makes the default grader once. */
        @Setup(Level.Trial)
        public void loadTrack() {
            tracks = SessionFixture.tracks();
            grader = Graders.rubric();
        }

        /** A new store with the history, and a session on it. */
        @Setup(Level.Iteration)
        public void openSession() {
            session = SessionFixture.session(tracks, history, grader);
        }
    }

    /** The challenges the steps ask, graded alone. */
    @State(Scope.Benchmark)
    public static class Grading {
        Grader grader;
        List<GradingRequest> requests;
        int next;

        /** Collects what a session asks in one batch and grades each once, so rubrics are compiled before timing. */
        @Setup(Level.Trial)
        public void setUp() {
            grader = Graders.rubric();
            List<Challenge> asked = SessionFixture.asked(SessionFixture.tracks(), BATCH);
            requests = asked.stream().map(c -> GradingRequest.of(c, Answer.of(SessionFixture.ANSWER))).toList();
            requests.forEach(grader::grade);
        }

        /** Each batch grades the requests from the first. */
        @Setup(Level.Iteration)
        public void rewind() {
            next = 0;
        }
    }

    /**
     * One step.
     *
     * @param learner the session
     * @return the feedback
     */
    @Benchmark
    public Feedback step(Learner learner) {
        var step = learner.session.next().orElseThrow();
        return learner.session.submit(step.id(), Answer.of(SessionFixture.ANSWER));
    }

    /**
     * Grading alone, round the challenges the steps ask.
     *
     * @param grading the requests
     * @return the grade
     */
    @Benchmark
    public Grade grade(Grading grading) {
        var request = grading.requests.get(grading.next);
        grading.next = (grading.next + 1) % grading.requests.size();
        return grading.grader.grade(request);
    }
}

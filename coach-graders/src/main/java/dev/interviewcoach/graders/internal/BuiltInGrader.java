package dev.interviewcoach.graders.internal;

import dev.interviewcoach.api.Grade;
import dev.interviewcoach.spi.Grader;
import dev.interviewcoach.spi.GraderCapability;
import dev.interviewcoach.spi.GradingRequest;
import java.util.Set;

/**
 * What the built-in graders share: they never throw (a failure becomes an ERROR grade, never a
 * zero) and they attach the pressure rung's time limit and word budget to every grade.
 */
abstract class BuiltInGrader implements Grader {
    private final String id;
    private final String version;
    private final Set<GraderCapability> capabilities;

    BuiltInGrader(String id, String version, Set<GraderCapability> capabilities) {
        this.id = id;
        this.version = version;
        this.capabilities = Set.copyOf(capabilities);
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String version() {
        return version;
    }

    @Override
    public final Set<GraderCapability> capabilities() {
        return capabilities;
    }

    @Override
    public final Grade grade(GradingRequest request) {
        try {
            return PressureNotes.attach(gradeOrThrow(request), request);
        } catch (RuntimeException | StackOverflowError | LinkageError e) {
            // the exception's message may quote the answer; only its type is kept
            return Grade.error(id(), version(), id() + " grading failed with " + e.getClass().getName());
        }
    }

    /**
     * Grades, throwing on failure; {@link #grade(GradingRequest)} turns a failure into an ERROR grade.
     *
     * @param request the challenge and answer
     * @return the grade
     */
    abstract Grade gradeOrThrow(GradingRequest request);
}

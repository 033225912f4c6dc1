package dev.interviewcoach.core.internal.grading;

import dev.interviewcoach.api.Grade;
import dev.interviewcoach.spi.GraderCapability;
import dev.interviewcoach.spi.GradingRequest;
import java.util.Set;

/**
 * What the built-in graders share: they never throw (a failure becomes an ERROR grade, never a
 * zero) and they attach the pressure rung's time limit and word budget to every grade.
 */
abstract class BuiltInGrader extends DescribedGrader {
    BuiltInGrader(String id, String version, Set<GraderCapability> capabilities) {
        super(id, version, capabilities);
    }

    @Override
    public final Grade grade(GradingRequest request) {
        try {
            return PressureNotes.attach(gradeOrThrow(request), request);
        } catch (RuntimeException | StackOverflowError | LinkageError e) {
            return Grade.error(id(), version(), id() + " grading failed: " + e);
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

package dev.interviewcoach.graders.semantic.internal;

import dev.interviewcoach.api.Grade;
import dev.interviewcoach.spi.Grader;
import dev.interviewcoach.spi.GraderCapability;
import dev.interviewcoach.spi.GradingRequest;
import java.util.Set;

/**
 * The rubric grader with the semantic matcher, adding to a grade what the model did not read when
 * the answer is longer than the window ({@link Segments#note()}), and turning any failure into an
 * ERROR grade.
 */
final class WindowedGrader implements Grader {
    private final Grader rubric;

    WindowedGrader(Grader rubric) {
        this.rubric = rubric;
    }

    @Override
    public String id() {
        return rubric.id();
    }

    @Override
    public String version() {
        return rubric.version();
    }

    @Override
    public Set<GraderCapability> capabilities() {
        // the model loads on first use and reads a batch on worker threads: under the timeout
        var own = java.util.EnumSet.copyOf(rubric.capabilities());
        own.remove(GraderCapability.IN_PROCESS);
        return own;
    }

    @Override
    public Grade grade(GradingRequest request) {
        Grade grade;
        try {
            grade = rubric.grade(request);
        } catch (RuntimeException | LinkageError e) {
            return Grade.error(id(), version(), id() + " grading failed: " + e.getClass().getSimpleName());
        }
        if (!grade.isScored()) {
            return grade;
        }
        var segments = Segments.of(request.answer().text());
        if (!segments.truncated()) {
            return grade;
        }
        String note = segments.note();
        return grade.withMessage(grade.message().map(m -> m + "; " + note).orElse(note));
    }
}

package dev.interviewcoach.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The result of grading one answer: a score in [0, 1] (when the grader graded), per-criterion and
 * per-dimension results with evidence spans, misconceptions detected, and feedback.
 *
 * <p>A grade whose status is not {@link GradeStatus#OK} carries no score: an error is never
 * silently a zero.
 *
 * @param status whether the answer was graded
 * @param score the score, present exactly when the status is OK
 * @param criteria results per criterion
 * @param dimensions results per rubric dimension, empty when the rubric has none
 * @param misconceptions misconceptions detected
 * @param feedback overall feedback for the learner
 * @param graderId the id of the grader that produced this grade
 * @param graderVersion that grader's version
 * @param pressure how the answer kept to a time limit and word budget, where the challenge sets them
 * @param message a note from the grader: why it abstained or failed, or for a composite or fallback
 *     grade which graders were left out; usually empty for OK grades
 * @since 0.1
 */
public record Grade(
        GradeStatus status,
        OptionalDouble score,
        List<CriterionResult> criteria,
        List<DimensionResult> dimensions,
        List<DetectedMisconception> misconceptions,
        String feedback,
        String graderId,
        String graderVersion,
        Optional<PressureCheck> pressure,
        Optional<String> message) {

    /** Validates that a score is present exactly for OK grades, and copies the lists. */
    public Grade {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(score, "score");
        if ((status == GradeStatus.OK) != score.isPresent()) {
            throw new IllegalArgumentException("a score must be present exactly when the status is OK");
        }
        score.ifPresent(s -> Require.unit(s, "score"));
        criteria = List.copyOf(criteria);
        dimensions = List.copyOf(dimensions);
        misconceptions = List.copyOf(misconceptions);
        Objects.requireNonNull(feedback, "feedback");
        Require.nonBlank(graderId, "graderId");
        Require.nonBlank(graderVersion, "graderVersion");
        Objects.requireNonNull(pressure, "pressure");
        Objects.requireNonNull(message, "message");
    }

    /**
     * A successful grade.
     *
     * @param score the score in [0, 1]
     * @param criteria per-criterion results
     * @param dimensions per-dimension results
     * @param misconceptions misconceptions detected
     * @param feedback overall feedback
     * @param graderId the grader's id
     * @param graderVersion the grader's version
     * @return the grade
     */
    public static Grade ok(double score, List<CriterionResult> criteria, List<DimensionResult> dimensions,
            List<DetectedMisconception> misconceptions, String feedback, String graderId, String graderVersion) {
        return new Grade(GradeStatus.OK, OptionalDouble.of(score), criteria, dimensions, misconceptions,
                feedback, graderId, graderVersion, Optional.empty(), Optional.empty());
    }

    /**
     * A grade saying the grader declined to grade.
     *
     * @param graderId the grader's id
     * @param graderVersion the grader's version
     * @param reason why it abstained
     * @return the grade
     */
    public static Grade abstain(String graderId, String graderVersion, String reason) {
        java.util.Objects.requireNonNull(reason, "an ABSTAIN grade's reason (say why the grader declined)");
        return new Grade(GradeStatus.ABSTAIN, OptionalDouble.empty(), List.of(), List.of(), List.of(),
                "", graderId, graderVersion, Optional.empty(), Optional.of(reason));
    }

    /**
     * A grade saying the grader failed.
     *
     * @param graderId the grader's id
     * @param graderVersion the grader's version
     * @param reason what went wrong
     * @return the grade
     */
    public static Grade error(String graderId, String graderVersion, String reason) {
        java.util.Objects.requireNonNull(reason, "an ERROR grade's reason (say what failed, e.g. \"service unavailable\")");
        return new Grade(GradeStatus.ERROR, OptionalDouble.empty(), List.of(), List.of(), List.of(),
                "", graderId, graderVersion, Optional.empty(), Optional.of(reason));
    }

    /**
     * Whether this grade carries a score.
     *
     * @return true when the status is OK
     */
    public boolean isScored() {
        return status == GradeStatus.OK;
    }

    /**
     * The result of one dimension.
     *
     * @param dimensionId the dimension
     * @return its result, or empty
     */
    public Optional<DimensionResult> dimension(String dimensionId) {
        return dimensions.stream().filter(d -> d.dimensionId().equals(dimensionId)).findFirst();
    }

    /**
     * A copy of this grade with a pressure check attached and its note added to the feedback.
     *
     * @param check the pressure check
     * @param note what to add to the feedback
     * @return the new grade
     */
    public Grade withPressure(PressureCheck check, String note) {
        String combined = note.isBlank() ? feedback : (feedback.isBlank() ? note : feedback + "\n" + note);
        return new Grade(status, score, criteria, dimensions, misconceptions, combined, graderId,
                graderVersion, Optional.of(check), message);
    }

    /**
     * A copy of this grade signed by another grader: what a grader that wraps another returns, since
     * the coach accepts only grades signed by the grader it called.
     *
     * <pre>{@code
     * public Grade grade(GradingRequest request) {
     *     return inner.grade(request).signedBy(id(), version());
     * }
     * }</pre>
     *
     * @param id the grader's id
     * @param version the grader's version
     * @return the new grade
     * @since 0.1
     */
    public Grade signedBy(String id, String version) {
        return new Grade(status, score, criteria, dimensions, misconceptions, feedback, id, version, pressure, message);
    }

    /**
     * A copy of this grade with a note (e.g. which graders a fallback chain skipped).
     *
     * @param note the note
     * @return the new grade
     */
    public Grade withMessage(String note) {
        return new Grade(status, score, criteria, dimensions, misconceptions, feedback, graderId, graderVersion,
                pressure, Optional.of(note));
    }
}

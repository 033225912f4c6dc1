package dev.interviewcoach.api;

/**
 * Whether a grader produced a score.
 *
 * @since 0.1
 */
public enum GradeStatus {
    /** The answer was graded; the grade has a score. */
    OK,
    /** The grader declined to grade this answer (e.g. no rubric it can use); no score. */
    ABSTAIN,
    /** The grader failed; no score. An error is never silently a zero. */
    ERROR
}

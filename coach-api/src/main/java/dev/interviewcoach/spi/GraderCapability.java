package dev.interviewcoach.spi;

/**
 * What a grader promises or needs.
 *
 * @since 0.1
 */
public enum GraderCapability {
    /** The same request always gets the same grade. */
    DETERMINISTIC,
    /** The grader calls a remote service. */
    NEEDS_NETWORK,
    /**
     * The grader's work is bounded and in process: no network, no waiting on files, locks or other
     * threads. A blocking {@code submit} runs such a grader on the calling thread, where the coach's
     * grader timeout cannot stop it; any other grader runs on the grading executor under the timeout.
     * The built-in graders declare it.
     */
    IN_PROCESS,
    /** The grader uses the rubric's criteria (rather than only the reference answer). */
    USES_RUBRIC,
    /** The grader reports per-dimension results for rubrics with dimensions. */
    DIMENSIONS
}

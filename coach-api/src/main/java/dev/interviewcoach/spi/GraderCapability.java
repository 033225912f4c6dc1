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
    /**
     * The grader uses the rubric's criteria (rather than only the reference answer). The coach does not
     * read it; the grader kit ({@code GraderContract}) holds such a grader to scores that follow its
     * criteria and to dimension results on a multi-dimensional rubric.
     */
    USES_RUBRIC,
    /**
     * The grader reports per-dimension results for rubrics with dimensions. The coach does not read it,
     * but it spreads a boss answer over concepts by the dimension results a grade has: a grade without
     * them moves only the challenge's own concept. The grader kit requires them of a grader that declares
     * this or {@link #USES_RUBRIC}.
     */
    DIMENSIONS
}

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
    /** The grader uses the rubric's criteria (rather than only the reference answer). */
    USES_RUBRIC,
    /** The grader reports per-dimension results for rubrics with dimensions. */
    DIMENSIONS
}

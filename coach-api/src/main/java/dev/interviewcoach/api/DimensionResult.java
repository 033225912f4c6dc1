package dev.interviewcoach.api;

/**
 * The score of one rubric dimension.
 *
 * @param dimensionId the dimension
 * @param score its score in [0, 1]
 * @since 0.1
 */
public record DimensionResult(String dimensionId, double score) {
    /** Validates the components. */
    public DimensionResult {
        Require.id(dimensionId, "dimensionId");
        Require.unit(score, "score");
    }
}

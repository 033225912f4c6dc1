package dev.interviewcoach.api;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A sample answer with the score band any good grader must give it, making content self-testing.
 *
 * @param kind what sort of answer this is
 * @param text the answer as a candidate would type it
 * @param band the band the overall score must fall in
 * @param misconceptionId the misconception it must trigger (for {@link SampleKind#MISCONCEPTION})
 * @param dimensionBands bands per rubric dimension, where the rubric has dimensions
 * @since 0.1
 */
public record CalibrationSample(
        SampleKind kind,
        String text,
        ScoreBand band,
        Optional<String> misconceptionId,
        Map<String, ScoreBand> dimensionBands) {

    /** Validates the components and copies the map. */
    public CalibrationSample {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(band, "band");
        Objects.requireNonNull(misconceptionId, "misconceptionId");
        if (kind == SampleKind.MISCONCEPTION && misconceptionId.isEmpty()) {
            throw new IllegalArgumentException("a misconception sample must name its misconception");
        }
        dimensionBands = Map.copyOf(dimensionBands);
    }
}

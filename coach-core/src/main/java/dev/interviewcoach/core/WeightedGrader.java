package dev.interviewcoach.core;

import dev.interviewcoach.spi.Grader;
import java.util.Objects;

/**
 * A grader with its weight in a composite (see {@link Graders#composite(WeightedGrader...)}).
 *
 * @param grader the grader
 * @param weight its positive weight
 * @since 0.1
 */
public record WeightedGrader(Grader grader, double weight) {
    /** Validates the components. */
    public WeightedGrader {
        Objects.requireNonNull(grader, "grader");
        if (!(weight > 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("weight must be positive, was " + weight);
        }
    }
}

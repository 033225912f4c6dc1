package dev.interviewcoach.core;

import dev.interviewcoach.core.internal.grading.RubricGrader;
import dev.interviewcoach.spi.Grader;

/**
 * The built-in graders.
 *
 * @since 0.1
 */
public final class Graders {
    private Graders() {}

    /**
     * The default grader: checks each rubric criterion's evidence in the answer, detects the
     * challenge's misconceptions and reports evidence spans. Offline and deterministic.
     *
     * @return the rubric grader
     */
    public static Grader rubric() {
        return new RubricGrader();
    }
}

package dev.interviewcoach.api;

import java.util.List;

/**
 * A group of rubric criteria graded together, evidence for the concepts it names (the boss
 * question has one per area it covers).
 *
 * @param id stable id, unique in its rubric
 * @param title human-readable title
 * @param conceptIds the concepts a grade on this dimension is evidence for
 * @param weight the dimension's weight in the overall score
 * @since 0.1
 */
public record Dimension(String id, String title, List<String> conceptIds, double weight) {
    /** Validates the components and copies the list. */
    public Dimension {
        Require.id(id, "id");
        Require.nonBlank(title, "title");
        conceptIds = List.copyOf(Require.nonEmpty(conceptIds, "conceptIds"));
        if (!(weight > 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("weight must be positive, was " + weight);
        }
    }
}

package dev.interviewcoach.api;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * The weighted criteria an answer is graded against, optionally grouped into dimensions.
 *
 * @param criteria the criteria; when dimensions exist every criterion names one of them
 * @param dimensions the dimensions, empty for an ordinary rubric
 * @since 0.1
 */
public record Rubric(List<Criterion> criteria, List<Dimension> dimensions) {
    /** Validates ids and dimension references and copies the lists. */
    public Rubric {
        criteria = List.copyOf(Require.nonEmpty(criteria, "criteria"));
        dimensions = List.copyOf(dimensions);
        var ids = new HashSet<String>();
        for (var c : criteria) {
            if (!ids.add(c.id())) {
                throw new IllegalArgumentException("duplicate criterion id " + c.id());
            }
        }
        var dimensionIds = new HashSet<String>();
        for (var d : dimensions) {
            if (!dimensionIds.add(d.id())) {
                throw new IllegalArgumentException("duplicate dimension id " + d.id());
            }
        }
        for (var c : criteria) {
            if (dimensions.isEmpty() && c.dimensionId().isPresent()) {
                throw new IllegalArgumentException("criterion " + c.id() + " names a dimension but the rubric has none");
            }
            if (!dimensions.isEmpty() && c.dimensionId().filter(dimensionIds::contains).isEmpty()) {
                throw new IllegalArgumentException("criterion " + c.id() + " must name one of the dimensions " + dimensionIds);
            }
        }
    }

    /**
     * A rubric without dimensions.
     *
     * @param criteria the criteria
     * @return the rubric
     */
    public static Rubric of(List<Criterion> criteria) {
        return new Rubric(criteria, List.of());
    }

    /**
     * Finds a criterion by id.
     *
     * @param id the criterion id
     * @return the criterion, or empty
     */
    public Optional<Criterion> criterion(String id) {
        return criteria.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /**
     * The sum of all criterion weights.
     *
     * @return the total weight
     */
    public double totalWeight() {
        return criteria.stream().mapToDouble(Criterion::weight).sum();
    }
}

package dev.interviewcoach.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One weighted thing a rubric checks in an answer, with the evidence that shows it.
 *
 * @param id stable id, unique in its rubric
 * @param weight positive weight; a grade's score is the weighted share of criteria met
 * @param required whether missing it caps the score below a pass
 * @param description what the criterion asks for, in one sentence
 * @param topicId the topic it checks, when not the challenge's primary topic
 * @param dimensionId the rubric dimension it belongs to, when the rubric has dimensions
 * @param evidence the ideas that show it, each worded several ways
 * @param minEvidence how many of the evidence ideas must be present for the criterion to be met
 * @param feedback what to tell the learner when it is missed
 * @param counterEvidence claims that contradict the criterion: evidence in a sentence making one does not count
 * @since 0.1
 */
public record Criterion(
        String id,
        double weight,
        boolean required,
        String description,
        Optional<String> topicId,
        Optional<String> dimensionId,
        List<Evidence> evidence,
        int minEvidence,
        Optional<String> feedback,
        List<Evidence> counterEvidence) {

    /** Validates the components and copies the list. */
    public Criterion {
        Require.id(id, "id");
        if (!(weight > 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("weight must be positive, was " + weight);
        }
        Require.nonBlank(description, "description");
        Objects.requireNonNull(topicId, "topicId");
        Objects.requireNonNull(dimensionId, "dimensionId");
        evidence = List.copyOf(Require.nonEmpty(evidence, "evidence"));
        if (minEvidence < 1 || minEvidence > evidence.size()) {
            throw new IllegalArgumentException(
                    "minEvidence must be in [1, " + evidence.size() + "], was " + minEvidence);
        }
        Objects.requireNonNull(feedback, "feedback");
        counterEvidence = List.copyOf(counterEvidence);
    }

    /**
     * A criterion without counter-evidence.
     *
     * @param id the id
     * @param weight the weight
     * @param required whether missing it caps the score
     * @param description what it asks for
     * @param topicId the topic it checks
     * @param dimensionId the dimension it belongs to
     * @param evidence the ideas that show it, each in several wordings
     * @param minEvidence how many ideas meet it
     * @param feedback what to say when it is missed
     */
    public Criterion(String id, double weight, boolean required, String description, Optional<String> topicId,
            Optional<String> dimensionId, List<Evidence> evidence, int minEvidence, Optional<String> feedback) {
        this(id, weight, required, description, topicId, dimensionId, evidence, minEvidence, feedback, List.of());
    }

    /**
     * This criterion with counter-evidence: claims that contradict it. Evidence found in a sentence
     * that makes such a claim does not count ("GET is safe, so we delete the row on GET").
     *
     * @param claims the contradicting claims, each in several wordings
     * @return the criterion
     * @since 0.1
     */
    public Criterion withCounterEvidence(List<Evidence> claims) {
        return new Criterion(id, weight, required, description, topicId, dimensionId, evidence, minEvidence, feedback,
                claims);
    }

    /**
     * A plain criterion: not required, no topic or dimension, all evidence needed.
     *
     * @param id the id
     * @param weight the weight
     * @param description what it asks for
     * @param evidence the ideas that show it
     * @return the criterion
     */
    public static Criterion of(String id, double weight, String description, List<Evidence> evidence) {
        return new Criterion(id, weight, false, description, Optional.empty(), Optional.empty(),
                evidence, evidence.size(), Optional.empty());
    }
}

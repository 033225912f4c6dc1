package dev.interviewcoach.api;

import java.util.List;
import java.util.Objects;

/**
 * What a grader found for one criterion.
 *
 * @param criterionId the criterion
 * @param outcome met, partly met or missed
 * @param credit the share of the criterion's weight earned, in [0, 1]
 * @param spans where in the answer the evidence was found
 * @param feedback what to tell the learner about this criterion
 * @since 0.1
 */
public record CriterionResult(
        String criterionId, CriterionOutcome outcome, double credit, List<EvidenceSpan> spans, String feedback) {
    /** Validates the components and copies the list. */
    public CriterionResult {
        Require.id(criterionId, "criterionId");
        Objects.requireNonNull(outcome, "outcome");
        Require.unit(credit, "credit");
        spans = List.copyOf(spans);
        Objects.requireNonNull(feedback, "feedback");
    }
}

package dev.interviewcoach.api;

/**
 * A follow-up question tied to the criterion it probes.
 *
 * @param criterionId the criterion of the same challenge this question probes
 * @param question the question
 * @since 0.1
 */
public record FollowUp(String criterionId, String question) {
    /** Validates the components. */
    public FollowUp {
        Require.id(criterionId, "criterionId");
        Require.nonBlank(question, "question");
    }
}

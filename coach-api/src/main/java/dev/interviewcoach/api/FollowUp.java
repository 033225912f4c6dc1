package dev.interviewcoach.api;

import java.util.List;

/**
 * A follow-up question tied to the criterion it probes.
 *
 * <p>An answer to it is graded on that criterion alone. A follow-up asks in its own words, often about
 * one side of the criterion ("before or after the commit, and why?"), so it may carry its own
 * evidence: the ideas an answer to this question shows when it makes the criterion's point, and how
 * many of them it must show. Without its own evidence it is graded on the criterion's evidence.
 *
 * @param criterionId the criterion of the same challenge this question probes
 * @param question the question
 * @param evidence the ideas an answer to this question shows, each worded several ways; empty to use
 *     the criterion's evidence
 * @param minEvidence how many of those ideas an answer must show to meet the criterion: from 1 to their
 *     number, or 0 when the follow-up has no evidence of its own
 * @since 0.1
 */
public record FollowUp(String criterionId, String question, List<Evidence> evidence, int minEvidence) {
    /** Validates the components and copies the list. */
    public FollowUp {
        Require.id(criterionId, "criterionId");
        Require.nonBlank(question, "question");
        evidence = List.copyOf(evidence);
        if (evidence.isEmpty() ? minEvidence != 0 : minEvidence < 1 || minEvidence > evidence.size()) {
            throw new IllegalArgumentException("minEvidence of the follow-up on " + criterionId + " must be "
                    + (evidence.isEmpty() ? "0 without evidence of its own" : "in [1, " + evidence.size() + "]")
                    + ", was " + minEvidence);
        }
    }

    /**
     * A follow-up graded on its criterion's own evidence.
     *
     * @param criterionId the criterion of the same challenge this question probes
     * @param question the question
     */
    public FollowUp(String criterionId, String question) {
        this(criterionId, question, List.of(), 0);
    }

    /**
     * Whether this follow-up says what an answer to it shows, instead of using its criterion's evidence.
     *
     * @return true when it has evidence of its own
     */
    public boolean hasOwnEvidence() {
        return !evidence.isEmpty();
    }
}

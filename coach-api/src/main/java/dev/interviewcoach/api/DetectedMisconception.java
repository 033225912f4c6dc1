package dev.interviewcoach.api;

import java.util.List;

/**
 * A misconception a grader found in an answer, with where and what to say.
 *
 * @param misconceptionId the misconception of the challenge
 * @param spans where it shows in the answer
 * @param correction the correction to show the learner
 * @since 0.1
 */
public record DetectedMisconception(String misconceptionId, List<EvidenceSpan> spans, String correction) {
    /** Validates the components and copies the list. */
    public DetectedMisconception {
        Require.id(misconceptionId, "misconceptionId");
        spans = List.copyOf(spans);
        Require.nonBlank(correction, "correction");
    }
}

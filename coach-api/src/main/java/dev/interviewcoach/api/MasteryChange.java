package dev.interviewcoach.api;

import java.util.Objects;

/**
 * How one answer moved the mastery of one concept × rung.
 *
 * @param conceptId the concept
 * @param level the rung
 * @param before probability before the answer (the prior when there was no evidence)
 * @param after probability after the answer
 * @param statusBefore status before
 * @param statusAfter status after
 * @since 0.1
 */
public record MasteryChange(String conceptId, ChallengeLevel level, double before, double after,
        MasteryStatus statusBefore, MasteryStatus statusAfter) {
    /** Validates the components. */
    public MasteryChange {
        Require.nonBlank(conceptId, "conceptId");
        Objects.requireNonNull(level, "level");
        Require.unit(before, "before");
        Require.unit(after, "after");
        Objects.requireNonNull(statusBefore, "statusBefore");
        Objects.requireNonNull(statusAfter, "statusAfter");
    }

    /**
     * Whether the status changed (e.g. a rung newly mastered).
     *
     * @return true when the status differs
     */
    public boolean statusChanged() {
        return statusBefore != statusAfter;
    }
}

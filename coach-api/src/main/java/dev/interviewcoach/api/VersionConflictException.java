package dev.interviewcoach.api;

/**
 * A save that expected a store version the stored state no longer has: another session saved first.
 *
 * @since 0.1
 */
public class VersionConflictException extends StoreException {
    private static final long serialVersionUID = 1L;

    /**
     * A conflict.
     *
     * @param learnerId the learner whose state conflicted
     * @param expected the version the save expected
     * @param actual the version in the store
     */
    public VersionConflictException(LearnerId learnerId, long expected, long actual) {
        super("state of learner " + learnerId + " is at version " + actual + ", the save expected " + expected);
    }
}

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

    /**
     * A conflict said in words, e.g. an import into a store that already holds the learner.
     *
     * @param message what conflicted
     * @since 0.1
     */
    public VersionConflictException(String message) {
        super(message);
    }

    /**
     * The conflict of an import into a store that already holds something of the learner.
     *
     * @param learnerId the learner
     * @param held what the store holds of them, e.g. {@code "a state on track backend"}
     * @return the exception, saying that nothing was imported
     * @since 0.1
     */
    public static VersionConflictException alreadyHeld(LearnerId learnerId, String held) {
        return new VersionConflictException("the store already holds " + held + " of learner " + learnerId
                + "; an import needs a store that holds nothing of them, and nothing was imported");
    }
}

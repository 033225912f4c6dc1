package dev.interviewcoach.core.internal.flow;

/**
 * An exception as it is logged: its type and stack frames, never its message, which may quote a
 * learner's answer (a grader's or a listener's failure).
 */
final class WithheldMessage extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private WithheldMessage(String type, Throwable cause) {
        super(type + " (its message is not logged: it may quote the answer)", cause, false, true);
    }

    /**
     * A copy of a failure to log: each exception of the chain keeps its type and stack frames, never
     * its message.
     *
     * @param error the failure
     * @return the copy
     */
    static Throwable of(Throwable error) {
        return of(error, 0);
    }

    private static Throwable of(Throwable error, int depth) {
        Throwable cause = error.getCause();
        var copy = new WithheldMessage(error.getClass().getName(),
                cause != null && cause != error && depth < 8 ? of(cause, depth + 1) : null);
        copy.setStackTrace(error.getStackTrace());
        return copy;
    }
}

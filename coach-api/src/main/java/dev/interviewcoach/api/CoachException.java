package dev.interviewcoach.api;

/**
 * The root of the coach's unchecked exceptions.
 *
 * @since 0.1
 */
public class CoachException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception with a message.
     *
     * @param message what went wrong
     */
    public CoachException(String message) {
        super(message);
    }

    /**
     * An exception with a message and a cause.
     *
     * @param message what went wrong
     * @param cause the underlying failure
     */
    public CoachException(String message, Throwable cause) {
        super(message, cause);
    }
}

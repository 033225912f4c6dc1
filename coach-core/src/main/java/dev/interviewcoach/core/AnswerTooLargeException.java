package dev.interviewcoach.core;

import dev.interviewcoach.api.CoachException;

/**
 * An answer longer than the coach's limit ({@link Coach.Builder#maxAnswerBytes(int)}, 64 KB by
 * default). It was rejected whole, never truncated: nothing was graded or stored.
 *
 * @since 0.1
 */
public class AnswerTooLargeException extends CoachException {
    private static final long serialVersionUID = 1L;

    /**
     * A rejection.
     *
     * @param bytes the answer's size in UTF-8 bytes
     * @param limit the limit
     */
    public AnswerTooLargeException(long bytes, int limit) {
        super("the answer is " + bytes + " bytes (UTF-8), over the limit of " + limit
                + " bytes; nothing was graded or stored. Shorten it, or raise Coach.Builder.maxAnswerBytes");
    }
}

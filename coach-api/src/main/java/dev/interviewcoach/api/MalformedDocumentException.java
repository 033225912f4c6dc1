package dev.interviewcoach.api;

/**
 * A learner document (a state, an attempt or a whole export, as JSON) that cannot be read: not JSON, not
 * the document expected, missing what it must hold, or of a newer format than this library reads. A
 * host importing a file a user uploaded catches this to say the file is not a learner export; a
 * store that meets it on a stored row has found that row corrupt. Nothing was changed.
 *
 * @since 0.1
 */
public class MalformedDocumentException extends StoreException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception with a message.
     *
     * @param message what is wrong with the document, and where
     */
    public MalformedDocumentException(String message) {
        super(message);
    }

    /**
     * An exception with a message and a cause.
     *
     * @param message what is wrong with the document, and where
     * @param cause the parser's failure
     */
    public MalformedDocumentException(String message, Throwable cause) {
        super(message, cause);
    }
}

package dev.interviewcoach.store.jdbc.internal;

import dev.interviewcoach.api.StoreException;

/**
 * The connection failed while the server was committing: the transaction may have been stored or
 * not. Raised only by a database whose server acknowledges a commit over a connection that can be lost
 * (PostgreSQL); the store reads back what it wrote to tell which.
 */
final class UncertainCommitException extends StoreException {
    private static final long serialVersionUID = 1L;

    UncertainCommitException(String message, Throwable cause) {
        super(message, cause);
    }
}

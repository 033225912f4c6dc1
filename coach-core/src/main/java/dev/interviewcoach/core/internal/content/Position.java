package dev.interviewcoach.core.internal.content;

/**
 * A place in a document: one-based line and column (in characters), or {@link #DOCUMENT} for the
 * document as a whole.
 */
record Position(int line, int column) {
    /** The document as a whole: it could not be opened or read. */
    static final Position DOCUMENT = new Position(0, 0);
    /** The first character. */
    static final Position START = new Position(1, 1);
}

package dev.interviewcoach.cli.internal;

import java.util.Objects;

/**
 * One line read from the candidate, or why there is none.
 *
 * @param kind a line, the end of input (Ctrl-D, or the end of a pipe) or an interrupt (Ctrl-C)
 * @param text the line, empty unless {@code kind} is {@link Kind#LINE}
 * @param complete false when the line was longer than the reader keeps, and only its start is here
 * @param last true when the candidate ended the input right after this line (Ctrl-D at the end of a
 *     line with text on it): the line is the last of an answer
 */
record Input(Kind kind, String text, boolean complete, boolean last) {
    enum Kind { LINE, END, INTERRUPT }

    Input {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }

    Input(Kind kind, String text, boolean complete) {
        this(kind, text, complete, false);
    }

    static Input line(String text) {
        return new Input(Kind.LINE, text, true);
    }

    /** A line the candidate ended the input after (Ctrl-D at its end). */
    static Input lastLine(String text) {
        return new Input(Kind.LINE, text, true, true);
    }

    static Input end() {
        return new Input(Kind.END, "", true);
    }

    static Input interrupt() {
        return interrupt("");
    }

    /** Ctrl-C, with what was on the line when it came. */
    static Input interrupt(String partial) {
        return new Input(Kind.INTERRUPT, partial == null ? "" : partial, true, false);
    }
}

package dev.interviewcoach.grader.llm.internal;

import java.util.Objects;
import java.util.Optional;

/** An API key that never shows itself: not in {@code toString}, logs or exception messages. */
public final class Secret {
    private final String value;

    private Secret(String value) {
        this.value = value;
    }

    /**
     * Wraps a key.
     *
     * @param value the key; not blank
     * @return the secret
     */
    public static Secret of(String value) {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("the API key is blank");
        }
        return new Secret(value.strip());
    }

    /**
     * What makes the key unfit for an HTTP header, without showing any of it.
     *
     * @return a description such as "a line break", or empty when the key is fit
     */
    public Optional<String> headerProblem() {
        return problem(value);
    }

    /**
     * What makes a key unfit for the {@code Authorization} header: a bearer token is printable ASCII
     * without spaces.
     *
     * @param value the key
     * @return a description of the first unfit character's kind, or empty
     */
    private static Optional<String> problem(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\r' || c == '\n') {
                return Optional.of("a line break");
            }
            if (Character.isISOControl(c)) {
                return Optional.of("a control character");
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                return Optional.of("a space");
            }
            if (c > '~') {
                return Optional.of("a character outside printable ASCII");
            }
        }
        return Optional.empty();
    }

    /** The key itself, for the {@code Authorization} header only. */
    String reveal() {
        return value;
    }

    @Override
    public String toString() {
        return "****";
    }
}

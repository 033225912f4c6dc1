package dev.interviewcoach.grader.llm.internal;

import java.util.Objects;

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

    /** The key itself, for the {@code Authorization} header only. */
    String reveal() {
        return value;
    }

    @Override
    public String toString() {
        return "****";
    }
}

package dev.interviewcoach.api;

/**
 * The id of a learner, chosen by the host application.
 *
 * @param value the id; any non-blank string up to 200 characters
 * @since 0.1
 */
public record LearnerId(String value) {
    /** Validates the id. */
    public LearnerId {
        Require.nonBlank(value, "a LearnerId's value");
        // characters as a person counts them (code points): 200 emoji are 400 UTF-16 units
        if (value.length() > 200 && value.codePointCount(0, value.length()) > 200) {
            throw new IllegalArgumentException("a learner id has at most 200 characters");
        }
    }

    /**
     * A learner id.
     *
     * @param value the id
     * @return the learner id
     */
    public static LearnerId of(String value) {
        return new LearnerId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}

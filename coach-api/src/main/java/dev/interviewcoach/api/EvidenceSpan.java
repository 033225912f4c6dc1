package dev.interviewcoach.api;

/**
 * A character range of the answer text, {@code [start, end)} in UTF-16 indices, that holds evidence.
 *
 * @param start first character, inclusive
 * @param end last character, exclusive
 * @since 0.1
 */
public record EvidenceSpan(int start, int end) {
    /** Validates the range. */
    public EvidenceSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    /**
     * The text this span covers.
     *
     * @param answerText the answer the span points into
     * @return the covered text
     */
    public String in(String answerText) {
        return answerText.substring(start, end);
    }
}

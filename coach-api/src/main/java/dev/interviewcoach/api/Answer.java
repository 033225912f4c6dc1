package dev.interviewcoach.api;

import java.time.Duration;
import java.util.Objects;

/**
 * A candidate's answer as typed, with how long it took and how many hints were used.
 *
 * @param text the answer text, kept verbatim (it may be empty)
 * @param timeTaken time from showing the question to submitting
 * @param hintsUsed number of hints revealed before answering
 * @since 0.1
 */
public record Answer(String text, Duration timeTaken, int hintsUsed) {
    /** Validates the components. */
    public Answer {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(timeTaken, "timeTaken");
        if (timeTaken.isNegative()) {
            throw new IllegalArgumentException("timeTaken must not be negative");
        }
        if (hintsUsed < 0) {
            throw new IllegalArgumentException("hintsUsed must not be negative");
        }
    }

    /**
     * An answer with no recorded time and no hints.
     *
     * @param text the answer text
     * @return the answer
     */
    public static Answer of(String text) {
        return new Answer(text, Duration.ZERO, 0);
    }

    /**
     * Counts the words of the answer (runs of letters or digits).
     *
     * @return the word count
     */
    public int wordCount() {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            boolean letter = Character.isLetterOrDigit(cp);
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
            i += Character.charCount(cp);
        }
        return words;
    }
}

package dev.interviewcoach.api;

import java.time.Duration;
import java.util.Objects;

/**
 * A candidate's answer as typed, with how long it took, how many hints were used and whether the
 * candidate skipped the question.
 *
 * <p>A zero {@code timeTaken} means the host did not measure it; the coach then takes the time from
 * when it showed the step, by its own clock. Hints and skips lower the evidence an answer gives.
 *
 * @param text the answer text, kept verbatim (it may be empty, as a skip's is; a coach refuses a {@linkplain #isBlank()
 *     blank} answer that is not a skip, so an accidental empty submit costs the learner nothing)
 * @param timeTaken time from showing the question to submitting, zero when not measured
 * @param hintsUsed number of hints revealed before answering
 * @param skipped whether the candidate skipped the question instead of answering
 * @since 0.1
 */
public record Answer(String text, Duration timeTaken, int hintsUsed, boolean skipped) {
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
     * An answer that was not skipped.
     *
     * @param text the answer text
     * @param timeTaken time taken, zero when not measured
     * @param hintsUsed hints revealed
     */
    public Answer(String text, Duration timeTaken, int hintsUsed) {
        this(text, timeTaken, hintsUsed, false);
    }

    /**
     * A skipped question: recorded, graded as no evidence of knowing.
     *
     * @return the skip
     */
    public static Answer skip() {
        return new Answer("", Duration.ZERO, 0, true);
    }

    /**
     * A copy with the time taken.
     *
     * @param time the time from showing the question to submitting
     * @return the copy
     */
    public Answer withTimeTaken(Duration time) {
        return new Answer(text, time, hintsUsed, skipped);
    }

    /**
     * A copy with the number of hints used. The coach has no hint call of its own: a host shows the
     * step's {@code challenge().hints()} one at a time, as the learner asks, and passes how many were
     * shown here. Each takes 0.15 off the evidence the answer gives, never below 0.4 (the coach's
     * rule, the same for every grader). The count cannot exceed the challenge's hints: the coach
     * refuses such an answer when it is submitted ({@code IllegalArgumentException}, nothing graded or
     * stored), since the count then says something the step never showed. A host with hints of its own
     * counts at most the challenge's.
     *
     * @param hints hints revealed before answering
     * @return the copy
     */
    public Answer withHintsUsed(int hints) {
        return new Answer(text, timeTaken, hints, skipped);
    }

    /**
     * An answer with no recorded time and no hints.
     *
     * @param text the answer text
     * @return the answer
     */
    public static Answer of(String text) {
        return new Answer(text, Duration.ZERO, 0, false);
    }

    /**
     * Whether the text has nothing a reader could see: only white space (including no-break and
     * ideographic spaces), control characters such as NUL, and invisible format characters such as
     * the zero-width space or a byte-order mark. A coach refuses such an answer unless it is a skip,
     * as it refuses an empty one: a rich-text editor's {@code &nbsp;} is not an answer.
     *
     * @return true when the text shows nothing
     */
    public boolean isBlank() {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int type = Character.getType(cp);
            if (!(space(cp) || type == Character.CONTROL || type == Character.FORMAT)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    /**
     * Counts the words of the answer as a person (or {@code wc -w}) does: runs of characters between
     * white space that hold a letter or digit, so "it's", "check-then-act" and "10.0.3.17:8080" are one
     * word each, and a dash or a bullet alone is none.
     *
     * @return the word count
     */
    public int wordCount() {
        int words = 0;
        boolean inToken = false;
        boolean counted = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (space(cp)) {
                inToken = false;
            } else {
                if (!inToken) {
                    inToken = true;
                    counted = false;
                }
                if (!counted && Character.isLetterOrDigit(cp)) {
                    words++;
                    counted = true;
                }
            }
            i += Character.charCount(cp);
        }
        return words;
    }

    /** White space of every kind, the no-break and ideographic spaces included. */
    private static boolean space(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint);
    }

    /**
     * The answer without its text, which may hold personal data and must not reach a log through a
     * record printed whole (an attempt, a feedback, an event): its length in characters stands for it.
     *
     * @return {@code Answer[text=<N chars>, timeTaken=…, hintsUsed=…, skipped=…]}
     */
    @Override
    public String toString() {
        return "Answer[text=<" + text.length() + " chars>, timeTaken=" + timeTaken + ", hintsUsed=" + hintsUsed
                + ", skipped=" + skipped + "]";
    }
}

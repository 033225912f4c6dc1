package dev.interviewcoach.api;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How an answer kept to a pressure challenge's time limit and word budget.
 *
 * @param timeLimit the limit, if the challenge has one
 * @param timeTaken the time the answer took
 * @param wordBudget the budget, if the challenge has one
 * @param words the answer's word count
 * @since 0.1
 */
public record PressureCheck(Optional<Duration> timeLimit, Duration timeTaken, OptionalInt wordBudget, int words) {
    /** Validates the components. */
    public PressureCheck {
        Objects.requireNonNull(timeLimit, "timeLimit");
        Objects.requireNonNull(timeTaken, "timeTaken");
        Objects.requireNonNull(wordBudget, "wordBudget");
        if (words < 0) {
            throw new IllegalArgumentException("words must not be negative");
        }
    }

    /**
     * Whether the answer took longer than the limit.
     *
     * @return true when over time
     */
    public boolean overTime() {
        return timeLimit.map(l -> timeTaken.compareTo(l) > 0).orElse(false);
    }

    /**
     * Whether the answer used more words than the budget.
     *
     * @return true when over budget
     */
    public boolean overBudget() {
        return wordBudget.isPresent() && words > wordBudget.getAsInt();
    }
}

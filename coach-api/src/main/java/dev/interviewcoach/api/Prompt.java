package dev.interviewcoach.api;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the candidate is asked: the question, and where the rung needs them a scenario, constraints,
 * a time limit and a word budget.
 *
 * @param text the question itself
 * @param scenario the situation the question is set in (debug logs, a system to design)
 * @param constraints numbers and failure conditions a design must meet
 * @param timeLimit time allowed for the answer (the pressure rung)
 * @param wordBudget the most words a crisp answer should take (the pressure rung)
 * @since 0.1
 */
public record Prompt(
        String text,
        Optional<String> scenario,
        List<String> constraints,
        Optional<Duration> timeLimit,
        OptionalInt wordBudget) {

    /** Validates the components and copies the list. */
    public Prompt {
        Require.nonBlank(text, "text");
        Objects.requireNonNull(scenario, "scenario");
        constraints = List.copyOf(constraints);
        Objects.requireNonNull(timeLimit, "timeLimit");
        Objects.requireNonNull(wordBudget, "wordBudget");
        timeLimit.ifPresent(t -> {
            if (t.isNegative() || t.isZero()) {
                throw new IllegalArgumentException("timeLimit must be positive");
            }
        });
        if (wordBudget.isPresent() && wordBudget.getAsInt() < 1) {
            throw new IllegalArgumentException("wordBudget must be positive");
        }
    }

    /**
     * A prompt that is only a question.
     *
     * @param text the question
     * @return the prompt
     */
    public static Prompt of(String text) {
        return new Prompt(text, Optional.empty(), List.of(), Optional.empty(), OptionalInt.empty());
    }

    /**
     * The full text shown to a candidate: the question, then its scenario (the logs, code or data the
     * question points to "below"), then the constraints.
     *
     * @return the text to display
     */
    public String fullText() {
        var sb = new StringBuilder(text.strip());
        scenario.ifPresent(s -> sb.append("\n\n").append(s.strip()));
        if (!constraints.isEmpty()) {
            sb.append("\n\nConstraints:");
            constraints.forEach(c -> sb.append("\n- ").append(c));
        }
        return sb.toString();
    }
}

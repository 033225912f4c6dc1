package dev.interviewcoach.api;

import java.util.Optional;

/**
 * The five rungs of the ladder every concept climbs, in order.
 *
 * @since 0.1
 */
public enum ChallengeLevel {
    /** Define the concept precisely, with an example. */
    DEFINE("Define the concept precisely, with an example."),
    /** Name the alternatives and say when to pick each. */
    TRADEOFFS("Name the alternatives and say when to pick each."),
    /** Find the cause and the fix in a realistic broken scenario. */
    DEBUG("Find the cause and the fix in a realistic broken scenario."),
    /** Design a solution under stated constraints and failure conditions. */
    DESIGN("Design a solution under stated constraints and failure conditions."),
    /** Answer crisply within a time limit and hold up under push-back. */
    PRESSURE("Answer crisply within a time limit and hold up under push-back.");

    private final String meaning;

    ChallengeLevel(String meaning) {
        this.meaning = meaning;
    }

    /**
     * One line saying what this rung asks of the candidate.
     *
     * @return the meaning of this rung
     */
    public String meaning() {
        return meaning;
    }

    /**
     * The rung's position on the ladder, 1 for {@link #DEFINE} to 5 for {@link #PRESSURE}.
     *
     * @return the one-based rank
     */
    public int rank() {
        return ordinal() + 1;
    }

    /**
     * The rung above this one.
     *
     * @return the next rung, empty at the top
     */
    public Optional<ChallengeLevel> next() {
        return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
    }

    /**
     * The rung below this one.
     *
     * @return the previous rung, empty at the bottom
     */
    public Optional<ChallengeLevel> previous() {
        return ordinal() > 0 ? Optional.of(values()[ordinal() - 1]) : Optional.empty();
    }
}

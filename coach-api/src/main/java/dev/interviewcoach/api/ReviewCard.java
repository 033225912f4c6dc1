package dev.interviewcoach.api;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The review memory of one concept × rung a learner holds, in FSRS terms.
 *
 * @param conceptId the concept
 * @param level the rung
 * @param stability days until recall probability falls to 90 %
 * @param difficulty FSRS difficulty in [1, 10]
 * @param lastReview the day of the last review
 * @param due the day the next review is due
 * @param reviews how many reviews the card has had
 * @param lapses how many of them were failed
 * @since 0.1
 */
public record ReviewCard(
        String conceptId,
        ChallengeLevel level,
        double stability,
        double difficulty,
        LocalDate lastReview,
        LocalDate due,
        int reviews,
        int lapses) {
    /** Validates the components. */
    public ReviewCard {
        Require.nonBlank(conceptId, "conceptId");
        Objects.requireNonNull(level, "level");
        if (!(stability > 0)) {
            throw new IllegalArgumentException("stability must be positive");
        }
        if (!(difficulty >= 1 && difficulty <= 10)) {
            throw new IllegalArgumentException("difficulty must be in [1, 10]");
        }
        Objects.requireNonNull(lastReview, "lastReview");
        Objects.requireNonNull(due, "due");
        if (reviews < 0 || lapses < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
    }
}

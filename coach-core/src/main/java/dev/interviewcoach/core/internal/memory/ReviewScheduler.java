package dev.interviewcoach.core.internal.memory;

import dev.interviewcoach.api.ChallengeLevel;
import dev.interviewcoach.api.ReviewCard;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Schedules reviews of the concept × rung items a learner holds, in whole days, with FSRS-6.
 *
 * <p>An item's first graded answer initialises its card; every later answer on it is a review: on a
 * later day the stability moves by the answer's retrievability, on the same day by the same-day rule
 * documented on {@link Fsrs}. The next review is due when the predicted recall falls to the desired
 * retention: {@link Fsrs#intervalDays} days after the review, capped at the maximum interval. Scores
 * become ratings by the thresholds documented on {@link Rating}.
 */
public final class ReviewScheduler {
    /** The longest interval, in days (100 years). */
    public static final long MAXIMUM_INTERVAL_DAYS = 36500;
    /** The recall probability reviews aim for unless configured otherwise. */
    public static final double DEFAULT_DESIRED_RETENTION = 0.9;

    private final Fsrs fsrs;
    private final double desiredRetention;

    /**
     * A scheduler.
     *
     * @param fsrs the memory model
     * @param desiredRetention the recall probability at which a review falls due, in (0, 1)
     */
    public ReviewScheduler(Fsrs fsrs, double desiredRetention) {
        this.fsrs = Objects.requireNonNull(fsrs, "fsrs");
        this.desiredRetention = checkRetention(desiredRetention);
    }

    /**
     * Checks a desired retention.
     *
     * @param desiredRetention the value
     * @return the value, when strictly between 0 and 1
     */
    public static double checkRetention(double desiredRetention) {
        if (!(desiredRetention > 0 && desiredRetention < 1)) {
            throw new IllegalArgumentException("desired retention must be strictly between 0 and 1, was "
                    + desiredRetention);
        }
        return desiredRetention;
    }

    /**
     * The recall probability at which a review falls due.
     *
     * @return the desired retention
     */
    public double desiredRetention() {
        return desiredRetention;
    }

    /**
     * The card of an item after its first graded answer.
     *
     * @param conceptId the concept
     * @param level the rung
     * @param rating the answer's rating
     * @param today the day of the answer
     * @return the new card
     */
    public ReviewCard start(String conceptId, ChallengeLevel level, Rating rating, LocalDate today) {
        var state = fsrs.initial(rating);
        return card(conceptId, level, state, today, 1, 0);
    }

    /**
     * The card after a later graded answer on its item.
     *
     * @param card the card before
     * @param rating the answer's rating
     * @param today the day of the answer; a day before the last review counts as the same day
     * @return the card after
     */
    public ReviewCard review(ReviewCard card, Rating rating, LocalDate today) {
        long elapsed = Math.max(0, ChronoUnit.DAYS.between(card.lastReview(), today));
        var state = fsrs.next(new MemoryState(card.stability(), card.difficulty()), elapsed, rating);
        LocalDate day = elapsed == 0 ? card.lastReview() : today;
        return card(card.conceptId(), card.level(), state, day, card.reviews() + 1,
                card.lapses() + (rating == Rating.AGAIN ? 1 : 0));
    }

    /**
     * A card that would fall due on or after the learner's interview, due instead on its eve (or the
     * day after {@code today}, when that is later): a review after the interview prepares for nothing.
     *
     * @param card the card, as reviewed on {@code today}
     * @param interview the interview's day, if the learner set one
     * @param today the day of the review
     * @return the card, due before the interview when there is one to come
     */
    public static ReviewCard dueBefore(ReviewCard card, java.util.Optional<LocalDate> interview, LocalDate today) {
        if (interview.isEmpty() || !today.isBefore(interview.get()) || card.due().isBefore(interview.get())) {
            return card;
        }
        LocalDate eve = interview.get().minusDays(1);
        LocalDate due = eve.isAfter(today) ? eve : today.plusDays(1);
        return new ReviewCard(card.conceptId(), card.level(), card.stability(), card.difficulty(), card.lastReview(),
                due, card.reviews(), card.lapses());
    }

    /**
     * The predicted probability that the learner still recalls an item on a day.
     *
     * @param card the card
     * @param today the day
     * @return the retrievability in (0, 1]
     */
    public double retrievability(ReviewCard card, LocalDate today) {
        long elapsed = Math.max(0, ChronoUnit.DAYS.between(card.lastReview(), today));
        return fsrs.retrievability(elapsed, card.stability());
    }

    private ReviewCard card(String conceptId, ChallengeLevel level, MemoryState state, LocalDate day, int reviews,
            int lapses) {
        long interval = Math.min(fsrs.intervalDays(state.stability(), desiredRetention), MAXIMUM_INTERVAL_DAYS);
        return new ReviewCard(conceptId, level, state.stability(), state.difficulty(), day, day.plusDays(interval),
                reviews, lapses);
    }
}

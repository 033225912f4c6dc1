package dev.interviewcoach.core.internal.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.interviewcoach.api.ChallengeLevel;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Day-level scheduling on top of FSRS-6, and the grade-to-rating thresholds. */
class ReviewSchedulerTests {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 24);
    private final ReviewScheduler scheduler = new ReviewScheduler(Fsrs.defaults(), 0.9);

    @Test
    void scoresMapToRatingsByTheDocumentedThresholds() {
        assertThat(Rating.fromScore(0.0)).isEqualTo(Rating.AGAIN);
        assertThat(Rating.fromScore(0.39)).isEqualTo(Rating.AGAIN);
        assertThat(Rating.fromScore(0.4)).isEqualTo(Rating.HARD);
        assertThat(Rating.fromScore(0.59)).isEqualTo(Rating.HARD);
        assertThat(Rating.fromScore(0.6)).isEqualTo(Rating.GOOD);
        assertThat(Rating.fromScore(0.89)).isEqualTo(Rating.GOOD);
        assertThat(Rating.fromScore(0.9)).isEqualTo(Rating.EASY);
        assertThat(Rating.fromScore(1.0)).isEqualTo(Rating.EASY);
    }

    @Test
    void aFirstGoodAnswerIsDueWhenRecallIsPredictedToFallToTheDesiredRetention() {
        var card = scheduler.start("http", ChallengeLevel.DEFINE, Rating.GOOD, DAY);
        assertThat(card.stability()).isEqualTo(2.3065);
        assertThat(card.lastReview()).isEqualTo(DAY);
        assertThat(card.due()).isEqualTo(DAY.plusDays(2));
        assertThat(card.reviews()).isEqualTo(1);
        assertThat(scheduler.retrievability(card, card.due())).isCloseTo(0.9, within(0.02));
    }

    @Test
    void aHigherDesiredRetentionSchedulesSooner() {
        var relaxed = new ReviewScheduler(Fsrs.defaults(), 0.8).start("http", ChallengeLevel.DEFINE, Rating.EASY, DAY);
        var strict = new ReviewScheduler(Fsrs.defaults(), 0.95).start("http", ChallengeLevel.DEFINE, Rating.EASY, DAY);
        assertThat(strict.due()).isBefore(relaxed.due());
    }

    @Test
    void aLaterSuccessfulReviewGrowsStabilityAndALapseIsCounted() {
        var card = scheduler.start("http", ChallengeLevel.DEFINE, Rating.GOOD, DAY);
        var recalled = scheduler.review(card, Rating.GOOD, card.due());
        assertThat(recalled.stability()).isGreaterThan(card.stability());
        assertThat(recalled.lastReview()).isEqualTo(card.due());
        assertThat(recalled.due()).isAfter(card.due().plusDays(2));
        var forgotten = scheduler.review(recalled, Rating.AGAIN, recalled.due());
        assertThat(forgotten.stability()).isLessThan(recalled.stability());
        assertThat(forgotten.lapses()).isEqualTo(1);
        assertThat(forgotten.reviews()).isEqualTo(3);
    }

    @Test
    void aSameDayReviewUsesTheSameDayRuleAndNeverComesDueToday() {
        var card = scheduler.start("http", ChallengeLevel.DEFINE, Rating.GOOD, DAY);
        var again = scheduler.review(card, Rating.AGAIN, DAY);
        assertThat(again.stability()).isEqualTo(Fsrs.defaults().shortTermStability(card.stability(), Rating.AGAIN));
        assertThat(again.due()).isAfter(DAY);
        var hard = scheduler.review(card, Rating.HARD, DAY);
        assertThat(hard.stability()).isEqualTo(card.stability());
    }

    @Test
    void aDesiredRetentionOutsideTheOpenUnitIntervalIsRejected() {
        assertThatThrownBy(() -> new ReviewScheduler(Fsrs.defaults(), 1.0)).hasMessageContaining("desired retention");
        assertThatThrownBy(() -> new ReviewScheduler(Fsrs.defaults(), 0.0)).hasMessageContaining("desired retention");
    }
}

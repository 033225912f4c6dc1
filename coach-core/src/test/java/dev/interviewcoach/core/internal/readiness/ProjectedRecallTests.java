package dev.interviewcoach.core.internal.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.api.ChallengeLevel;
import dev.interviewcoach.core.internal.memory.Fsrs;
import dev.interviewcoach.core.internal.memory.Rating;
import dev.interviewcoach.core.internal.memory.ReviewScheduler;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The readiness figure for an interview to come counts the reviews the coach asks for before it as
 * done: a rung practice has just confirmed does not lower it because its new card, left unreviewed,
 * would be forgotten by the day.
 */
class ProjectedRecallTests {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    private final ReviewScheduler scheduler = new ReviewScheduler(Fsrs.defaults(), 0.9);

    @Test
    void aNewCardKeptUpWithRecallsWellOnTheInterviewDayWhereLeftAloneItWouldNot() {
        var fresh = scheduler.start("http", ChallengeLevel.DEFINE, Rating.GOOD, TODAY);
        var interview = TODAY.plusDays(12);
        assertThat(fresh.due()).isBefore(interview);
        double leftAlone = scheduler.retrievability(fresh, interview);
        double keptUp = ReadinessReport.recallOnTheDay(fresh, scheduler, TODAY, interview);
        assertThat(leftAlone).isLessThan(0.85);
        assertThat(keptUp).isGreaterThanOrEqualTo(0.9).isGreaterThan(leftAlone);
    }

    @Test
    void withoutAnInterviewToComeTheRecallIsToday() {
        var card = scheduler.start("http", ChallengeLevel.DEFINE, Rating.GOOD, TODAY.minusDays(20));
        assertThat(ReadinessReport.recallOnTheDay(card, scheduler, TODAY, TODAY))
                .isEqualTo(scheduler.retrievability(card, TODAY));
    }

    @Test
    void aCardDueOnlyAfterTheInterviewIsNotProjected() {
        var card = scheduler.start("http", ChallengeLevel.DEFINE, Rating.EASY, TODAY);
        var interview = card.due().minusDays(1);
        assertThat(ReadinessReport.recallOnTheDay(card, scheduler, TODAY, interview))
                .isEqualTo(scheduler.retrievability(card, interview));
    }

    @Test
    void anOverdueReviewLeftWaitingLowersTheFigureDayByDayInsteadOfRaisingIt() {
        var card = scheduler.start("http", ChallengeLevel.DESIGN, Rating.GOOD, TODAY.minusDays(30));
        var interview = TODAY.plusDays(20);
        assertThat(card.due()).isBefore(TODAY);
        double previous = ReadinessReport.recallOnTheDay(card, scheduler, TODAY, interview);
        for (int waited = 1; waited <= 15; waited++) {
            double now = ReadinessReport.recallOnTheDay(card, scheduler, TODAY.plusDays(waited), interview);
            assertThat(now).as("after waiting %d more days", waited).isLessThanOrEqualTo(previous);
            previous = now;
        }
    }
}

package dev.interviewcoach.core.internal.progression;

import static dev.interviewcoach.core.internal.progression.ProgressionFixtures.TODAY;
import static dev.interviewcoach.core.internal.progression.ProgressionFixtures.answer;
import static dev.interviewcoach.core.internal.progression.ProgressionFixtures.card;
import static dev.interviewcoach.core.internal.progression.ProgressionFixtures.holding;
import static dev.interviewcoach.core.internal.progression.ProgressionFixtures.progression;
import static dev.interviewcoach.core.internal.progression.ProgressionFixtures.track;
import static dev.interviewcoach.core.internal.progression.ProgressionFixtures.withCards;
import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.api.Attempt;
import dev.interviewcoach.api.ChallengeLevel;
import dev.interviewcoach.api.LearnerProfile;
import dev.interviewcoach.api.LearnerState;
import dev.interviewcoach.api.ReviewCard;
import dev.interviewcoach.api.StepReason;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reviews come interleaved with practice, the most forgotten first, and sooner as the interview nears. */
class ReviewPacingTests {
    private final Progression progression = progression();

    /** A learner holding DEFINE and TRADEOFFS everywhere, with all four of those cards long overdue. */
    private static LearnerState overdue() {
        var cards = new ArrayList<ReviewCard>();
        int age = 40;
        for (var c : ProgressionFixtures.CONCEPTS) {
            for (var level : List.of(ChallengeLevel.DEFINE, ChallengeLevel.TRADEOFFS)) {
                cards.add(card(c, level, TODAY.minusDays(age), TODAY.minusDays(age - 30)));
                age += 10;
            }
        }
        return withCards(holding(2, 2), cards);
    }

    @Test
    void atMostTwoReviewsInARowWhilePracticeIsAvailable() {
        var state = overdue();
        var attempts = new ArrayList<Attempt>();
        var reasons = new ArrayList<StepReason>();
        for (int i = 0; i < 8; i++) {
            var choice = progression.next(track(), state, attempts, TODAY).orElseThrow();
            reasons.add(choice.reason());
            attempts.add(answer(choice.challenge(), choice.reason(), 0.9, i));
        }
        assertThat(reasons).contains(StepReason.REVIEW, StepReason.PRACTICE);
        for (int i = 2; i < reasons.size(); i++) {
            assertThat(List.of(reasons.get(i - 2), reasons.get(i - 1), reasons.get(i)))
                    .as("steps %d to %d", i - 2, i).isNotEqualTo(List.of(StepReason.REVIEW, StepReason.REVIEW, StepReason.REVIEW));
        }
    }

    @Test
    void aRungWhoseHoldIsLostIsPractisedAgainNotReviewedAndItsCardComesBackOnceItIsHeld() {
        // http/DEFINE has an overdue card, but the learner's answers no longer hold it
        var overdueCard = card("http", ChallengeLevel.DEFINE, TODAY.minusDays(40), TODAY.minusDays(10));
        var held = withCards(holding(1, 2), List.of(overdueCard));
        var lostMastery = new ArrayList<>(held.mastery());
        lostMastery.replaceAll(m -> m.conceptId().equals("http") && m.level() == ChallengeLevel.DEFINE
                ? new dev.interviewcoach.api.Mastery("http", ChallengeLevel.DEFINE, 0.2, 6,
                        dev.interviewcoach.api.MasteryStatus.NOT_MASTERED, List.of())
                : m);
        var lost = new LearnerState(held.learnerId(), held.trackId(), held.schemaVersion(), held.storeVersion(),
                held.profile(), lostMastery, held.misconceptions(), held.reviews(), held.placements(), held.updatedAt());

        var relearn = progression.next(track(), lost, List.of(), TODAY).orElseThrow();
        assertThat(relearn.reason()).isEqualTo(StepReason.PRACTICE);
        assertThat(relearn.challenge().conceptId()).isEqualTo("http");
        assertThat(relearn.challenge().level()).isEqualTo(ChallengeLevel.DEFINE);

        var review = progression.next(track(), held, List.of(), TODAY).orElseThrow();
        assertThat(review.reason()).isEqualTo(StepReason.REVIEW);
        assertThat(review.challenge().level()).isEqualTo(ChallengeLevel.DEFINE);
    }

    @Test
    void theMostForgottenReviewComesFirst() {
        var choice = progression.next(track(), overdue(), List.of(), TODAY).orElseThrow();
        assertThat(choice.reason()).isEqualTo(StepReason.REVIEW);
        assertThat(choice.challenge().conceptId()).isEqualTo("rest");
        assertThat(choice.challenge().level()).isEqualTo(ChallengeLevel.TRADEOFFS);
        assertThat(choice.why()).contains("predicted recall");
    }

    @Test
    void aCloseInterviewDateRaisesTheRetentionReviewsAimFor() {
        // stability 30 days, reviewed 15 days ago: recall about 0.94, above 0.9 (not due) and below 0.95
        var state = withCards(holding(2, 2), List.of(card("http", ChallengeLevel.DEFINE, TODAY.minusDays(15),
                TODAY.plusDays(15))));
        assertThat(progression.next(track(), state, List.of(), TODAY).orElseThrow().reason())
                .isEqualTo(StepReason.PRACTICE);
        var soon = state.withProfile(new LearnerProfile(Optional.empty(), List.of(), Optional.of(TODAY.plusDays(5)), Map.of()));
        var choice = progression.next(track(), soon, List.of(), TODAY).orElseThrow();
        assertThat(choice.reason()).isEqualTo(StepReason.REVIEW);
        assertThat(choice.why()).contains("interview");
        var later = state.withProfile(new LearnerProfile(Optional.empty(), List.of(), Optional.of(TODAY.plusDays(90)), Map.of()));
        assertThat(progression.next(track(), later, List.of(), TODAY).orElseThrow().reason()).isEqualTo(StepReason.PRACTICE);
    }

    @Test
    void aCloseInterviewPutsTheWeakestConceptFirst() {
        // rest is weaker in its estimates though both stand at the same frontier
        var state = holding(1, 1);
        var mastery = new ArrayList<>(state.mastery());
        mastery.add(new dev.interviewcoach.api.Mastery("rest", ChallengeLevel.TRADEOFFS, 0.05, 3,
                dev.interviewcoach.api.MasteryStatus.NOT_MASTERED, List.of()));
        mastery.add(new dev.interviewcoach.api.Mastery("http", ChallengeLevel.TRADEOFFS, 0.6, 3,
                dev.interviewcoach.api.MasteryStatus.TENTATIVE, List.of()));
        var weak = new LearnerState(state.learnerId(), state.trackId(), state.schemaVersion(), 0,
                new LearnerProfile(Optional.empty(), List.of(), Optional.of(TODAY.plusDays(3)), Map.of()), mastery,
                List.of(), state.reviews(), state.placements(), state.updatedAt());
        assertThat(progression.next(track(), weak, List.of(), TODAY).orElseThrow().challenge().conceptId()).isEqualTo("rest");
    }

    @Test
    void aMasteredRungWhoseHoldWentStaleComesBackAsAReviewNotAsPracticeCallingItUnconfirmed() {
        // everything confirmed through PRESSURE and the boss passed: only the overdue cards are left
        var stale = new ArrayList<ReviewCard>();
        for (var c : ProgressionFixtures.CONCEPTS) {
            stale.add(card(c, ChallengeLevel.DEFINE, TODAY.minusDays(60), TODAY.minusDays(30)));
            stale.add(card(c, ChallengeLevel.TRADEOFFS, TODAY.minusDays(50), TODAY.minusDays(20)));
        }
        var state = withCards(holding(5, 5), stale);
        var attempts = new ArrayList<Attempt>();
        attempts.add(ProgressionFixtures.bossAnswer(0.9, 0.9, 0));
        for (int i = 1; i <= 4; i++) {
            var choice = progression.next(track(), state, attempts, TODAY).orElseThrow();
            assertThat(choice.reason()).as("step %d: %s", i, choice.why()).isEqualTo(StepReason.REVIEW);
            attempts.add(answer(choice.challenge(), choice.reason(), 0.9, i));
        }
    }
}

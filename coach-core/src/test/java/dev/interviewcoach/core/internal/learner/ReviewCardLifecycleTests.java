package dev.interviewcoach.core.internal.learner;

import static dev.interviewcoach.core.internal.LearnerFixtures.NOW;
import static dev.interviewcoach.core.internal.LearnerFixtures.attempt;
import static dev.interviewcoach.core.internal.LearnerFixtures.challenge;
import static dev.interviewcoach.core.internal.LearnerFixtures.initial;
import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.api.Attempt;
import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.ChallengeLevel;
import dev.interviewcoach.api.Grade;
import dev.interviewcoach.api.LearnerState;
import dev.interviewcoach.api.Placement;
import dev.interviewcoach.api.StepReason;
import dev.interviewcoach.core.internal.memory.Fsrs;
import dev.interviewcoach.core.internal.memory.Rating;
import dev.interviewcoach.core.internal.memory.ReviewScheduler;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A concept × rung gets a review card once the learner holds it; later answers review it. */
class ReviewCardLifecycleTests {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private final LearnerModel model = new LearnerModel(new ReviewScheduler(Fsrs.defaults(), 0.9), ZoneOffset.UTC);
    private final Challenge define = challenge(ChallengeLevel.DEFINE);

    @Test
    void aRungBecomesReviewableWhenItsMasteryIsConfirmed() {
        var state = model.apply(initial(), define, attempt("a1", define, 1.0, NOW), NOW).state();
        assertThat(state.reviews()).as("one answer holds nothing yet").isEmpty();
        state = model.apply(state, define, attempt("a2", define, 1.0, NOW), NOW).state();
        assertThat(state.review("http", ChallengeLevel.DEFINE)).hasValueSatisfying(card -> {
            assertThat(card.lastReview()).isEqualTo(TODAY);
            assertThat(card.due()).isAfter(TODAY);
            assertThat(card.reviews()).isEqualTo(1);
        });
    }

    @Test
    void aReviewThatWouldFallDueOnOrAfterTheInterviewIsDueOnItsEve() {
        var plain = model.apply(initial(), define, attempt("a1", define, 1.0, NOW), NOW).state();
        plain = model.apply(plain, define, attempt("a2", define, 1.0, NOW), NOW).state();
        LocalDate due = plain.review("http", ChallengeLevel.DEFINE).orElseThrow().due();
        assertThat(due).isAfter(TODAY.plusDays(2));

        var interview = due.minusDays(1);
        var before = initial().withProfile(initial().profile().withInterviewDate(interview));
        var state = model.apply(before, define, attempt("a1", define, 1.0, NOW), NOW).state();
        state = model.apply(state, define, attempt("a2", define, 1.0, NOW), NOW).state();
        assertThat(state.review("http", ChallengeLevel.DEFINE).orElseThrow().due()).isEqualTo(interview.minusDays(1));

        var tomorrow = initial().withProfile(initial().profile().withInterviewDate(TODAY.plusDays(1)));
        state = model.apply(tomorrow, define, attempt("a1", define, 1.0, NOW), NOW).state();
        state = model.apply(state, define, attempt("a2", define, 1.0, NOW), NOW).state();
        assertThat(state.review("http", ChallengeLevel.DEFINE).orElseThrow().due())
                .as("an interview tomorrow: the review is due tomorrow, never today again").isEqualTo(TODAY.plusDays(1));

        var past = initial().withProfile(initial().profile().withInterviewDate(TODAY.minusDays(3)));
        state = model.apply(past, define, attempt("a1", define, 1.0, NOW), NOW).state();
        state = model.apply(state, define, attempt("a2", define, 1.0, NOW), NOW).state();
        assertThat(state.review("http", ChallengeLevel.DEFINE).orElseThrow().due()).as("an interview already past")
                .isEqualTo(due);
    }

    @Test
    void aRungPlacedAsHeldIsReviewableFromItsFirstAnswer() {
        var placed = model.place(initial(), List.of(new Placement("http", Optional.of(ChallengeLevel.TRADEOFFS), 0.8,
                List.of("d1"))), List.of(), NOW);
        var state = model.apply(placed, define, attempt("a1", define, 0.7, NOW), NOW).state();
        assertThat(state.review("http", ChallengeLevel.DEFINE)).isPresent();
        var debug = challenge(ChallengeLevel.DEBUG);
        state = model.apply(state, debug, attempt("a2", debug, 0.7, NOW), NOW).state();
        assertThat(state.review("http", ChallengeLevel.DEBUG)).as("placed below DEBUG").isEmpty();
    }

    @Test
    void aPlacementInferredFromOtherConceptsAloneMakesNothingReviewable() {
        var placed = model.place(initial(), List.of(new Placement("http", Optional.of(ChallengeLevel.PRESSURE), 0.3,
                List.of())), List.of(), NOW);
        var state = model.apply(placed, define, attempt("a1", define, 0.9, NOW), NOW).state();
        assertThat(state.reviews()).isEmpty();
        assertThat(state.mastery("http", ChallengeLevel.DEFINE).orElseThrow().probability())
                .isEqualTo(model.apply(initial(), define, attempt("a1", define, 0.9, NOW), NOW).state()
                        .mastery("http", ChallengeLevel.DEFINE).orElseThrow().probability());
    }

    @Test
    void laterAnswersReviewTheCardOnTheirOwnDays() {
        var state = held();
        var card = state.review("http", ChallengeLevel.DEFINE).orElseThrow();
        var later = NOW.plus(Duration.ofDays(ChronoUnit.DAYS.between(TODAY, card.due())));
        state = model.apply(state, define, attempt("a3", define, 0.2, later), later).state();
        var reviewed = state.review("http", ChallengeLevel.DEFINE).orElseThrow();
        assertThat(reviewed.reviews()).isEqualTo(2);
        assertThat(reviewed.lapses()).isEqualTo(1);
        assertThat(reviewed.lastReview()).isEqualTo(card.due());
        assertThat(reviewed.stability()).isLessThan(card.stability());
    }

    @Test
    void aPassAtAHigherRungReviewsTheDueCardsOfTheRungsBelowAsGood() {
        var state = held();
        var card = state.review("http", ChallengeLevel.DEFINE).orElseThrow();
        var due = NOW.plus(Duration.ofDays(ChronoUnit.DAYS.between(TODAY, card.due())));
        var debug = challenge(ChallengeLevel.DEBUG);
        var after = model.apply(state, debug, attempt("a3", debug, 0.8, due), due).state();
        var reviewed = after.review("http", ChallengeLevel.DEFINE).orElseThrow();
        assertThat(reviewed.reviews()).isEqualTo(2);
        assertThat(reviewed.lastReview()).isEqualTo(card.due());
        assertThat(reviewed).isEqualTo(new ReviewScheduler(Fsrs.defaults(), 0.9).review(card, Rating.GOOD, card.due()));
        assertThat(reviewed.due()).isAfter(card.due());
    }

    @Test
    void aCardNotYetDueOrAFailAboveLeavesTheRungsBelowAlone() {
        var state = held();
        var card = state.review("http", ChallengeLevel.DEFINE).orElseThrow();
        var debug = challenge(ChallengeLevel.DEBUG);
        var early = NOW.plus(Duration.ofDays(ChronoUnit.DAYS.between(TODAY, card.due()) - 1));
        assertThat(model.apply(state, debug, attempt("a3", debug, 0.9, early), early).state()
                .review("http", ChallengeLevel.DEFINE)).contains(card);
        var due = NOW.plus(Duration.ofDays(ChronoUnit.DAYS.between(TODAY, card.due())));
        assertThat(model.apply(state, debug, attempt("a4", debug, 0.3, due), due).state()
                .review("http", ChallengeLevel.DEFINE)).contains(card);
    }

    @Test
    void placingStartsCardsForHeldRungsFromTheirLatestDiagnosticAnswer() {
        var tradeoffs = challenge(ChallengeLevel.TRADEOFFS);
        var debug = challenge(ChallengeLevel.DEBUG);
        var diagnostic = List.of(diagnostic("d1", define, 0.3), diagnostic("d2", define, 1.0),
                diagnostic("d3", tradeoffs, 0.8), diagnostic("d4", debug, 0.2));
        var placements = List.of(new Placement("http", Optional.of(ChallengeLevel.TRADEOFFS), 0.7,
                List.of("d1", "d2", "d3", "d4")));
        var state = model.place(initial(), placements, diagnostic, NOW);
        assertThat(state.placements()).isEqualTo(placements);
        assertThat(state.reviews()).extracting(r -> r.level())
                .containsExactlyInAnyOrder(ChallengeLevel.DEFINE, ChallengeLevel.TRADEOFFS);
        assertThat(state.review("http", ChallengeLevel.DEFINE).orElseThrow().stability())
                .as("from the Easy answer d2").isEqualTo(Fsrs.defaults().initial(Rating.EASY).stability());
    }

    @Test
    void anUngradedAttemptChangesNothing() {
        var state = held();
        var error = attempt("e", define, Grade.error("fake", "1", "down"), NOW, StepReason.PRACTICE);
        assertThat(model.apply(state, define, error, NOW).state()).isSameAs(state);
    }

    private static Attempt diagnostic(String id, Challenge challenge, double score) {
        return attempt(id, challenge, Grade.ok(score, List.of(), List.of(), List.of(), "", "fake", "1"), NOW,
                StepReason.DIAGNOSTIC);
    }

    private LearnerState held() {
        var state = model.apply(initial(), define, attempt("a1", define, 1.0, NOW), NOW).state();
        return model.apply(state, define, attempt("a2", define, 1.0, NOW), NOW).state();
    }
}

package dev.interviewcoach.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.api.Answer;
import dev.interviewcoach.api.ChallengeLevel;
import dev.interviewcoach.api.LearnerId;
import dev.interviewcoach.api.LearnerState;
import dev.interviewcoach.api.Placement;
import dev.interviewcoach.api.ReviewCard;
import dev.interviewcoach.api.StepReason;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A new learner through the public API: diagnosis, placements, practice and reviews on their days. */
class LearnerJourneyTests {
    private static final Instant START = Instant.parse("2026-11-24T09:00:00Z");
    private static final LearnerId ADA = LearnerId.of("ada");
    /** The candidate holds HTTP up to DEBUG, REST up to TRADEOFFS and caching up to DEFINE. */
    private static final Map<String, Integer> HELD = Map.of("http", 3, "rest", 2, "caching", 1);

    private final MutableClock clock = new MutableClock(START);

    private Coach coach(double desiredRetention) {
        return Coach.builder()
                .tracks(TrackLoader.of(TrackProviders.directory(ContentFixtures.dir("tracks"))))
                .grader(new LadderGrader(HELD))
                .memoryStore(MemoryStores.inMemory())
                .clock(clock)
                .desiredRetention(desiredRetention)
                .build();
    }

    @Test
    void aNewLearnerIsDiagnosedFirstWithProgressAndEndsPlacedOnEveryConcept() {
        var session = coach(0.9).session(ADA, "ladder");
        int asked = 0;
        for (var step = session.next().orElseThrow(); step.reason() == StepReason.DIAGNOSTIC;
                step = session.next().orElseThrow()) {
            var progress = session.diagnosisProgress();
            assertThat(progress.complete()).isFalse();
            assertThat(progress.asked()).isEqualTo(asked);
            assertThat(progress.estimatedLeft()).isBetween(1, progress.budget() - asked);
            assertThat(session.state().placements()).isEmpty();
            session.submit(Answer.of("my answer"));
            asked++;
        }
        assertThat(asked).isBetween(3, 20);
        var progress = session.diagnosisProgress();
        assertThat(progress.complete()).isTrue();
        assertThat(progress.asked()).isEqualTo(asked);
        assertThat(progress.estimatedLeft()).isZero();

        var placements = session.state().placements();
        assertThat(placements).extracting(Placement::conceptId).containsExactly("http", "rest", "caching");
        assertThat(placements).extracting(Placement::level).containsExactly(Optional.of(ChallengeLevel.DEBUG),
                Optional.of(ChallengeLevel.TRADEOFFS), Optional.of(ChallengeLevel.DEFINE));
        assertThat(placements).allSatisfy(p -> assertThat(p.attemptIds()).isNotEmpty());

        var practice = session.next().orElseThrow();
        assertThat(practice.reason()).isEqualTo(StepReason.PRACTICE);
        assertThat(practice.challenge().conceptId()).as("the weakest concept first").isEqualTo("caching");
        assertThat(practice.challenge().level()).as("its frontier, or the rung below while the frontier's questions "
                + "were all asked in the diagnosis").isIn(ChallengeLevel.TRADEOFFS, ChallengeLevel.DEFINE);
    }

    @Test
    void eachPracticeAnswerMovesTheMasteryOfTheAnsweredRungWithItsEvidence() {
        var session = coach(0.9).session(ADA, "ladder");
        placed(session);
        var before = session.state();
        var step = session.next().orElseThrow();
        var feedback = session.submit(Answer.of("answer"));
        var after = session.state();
        var level = step.challenge().level();
        var concept = step.challenge().conceptId();
        assertThat(feedback.masteryChanges()).anySatisfy(c -> assertThat(c.level()).isEqualTo(level));
        assertThat(after.mastery(concept, level).orElseThrow().evidenceCount())
                .isEqualTo(before.mastery(concept, level).map(m -> m.evidenceCount()).orElse(0) + 1);
        assertThat(after.mastery(concept, level).orElseThrow().recentAttemptIds()).endsWith(feedback.attempt().id());
    }

    @Test
    void dueReviewsComeBackOnTheirDayAndAnsweringOneMovesItsDueDate() {
        var coach = coach(0.9);
        var session = coach.session(ADA, "ladder");
        placed(session);
        var reviews = session.state().reviews();
        assertThat(reviews).isNotEmpty().allSatisfy(r -> assertThat(r.due()).isAfter(today()));
        var practice = session.next().orElseThrow();
        assertThat(practice.reason()).isEqualTo(StepReason.PRACTICE);

        var first = reviews.stream().min(Comparator.comparing(ReviewCard::due)).orElseThrow();
        clock.advance(Duration.ofDays(ChronoUnit.DAYS.between(today(), first.due())));
        var later = coach.session(ADA, "ladder");
        // the step shown before is kept until answered, on a later day too; then the due review comes
        assertThat(later.next().orElseThrow().id()).isEqualTo(practice.id());
        later.submit(practice.id(), Answer.of("answer"));
        var review = later.next().orElseThrow();
        assertThat(review.reason()).isEqualTo(StepReason.REVIEW);
        var reviewed = review.challenge();
        later.submit(Answer.of("answer"));
        var card = later.state().review(reviewed.conceptId(), reviewed.level()).orElseThrow();
        assertThat(card.lastReview()).isEqualTo(today());
        assertThat(card.due()).isAfter(today());
        assertThat(card.reviews()).isEqualTo(2);
    }

    @Test
    void aReviewThatComesUpIsAnEventWithItsDueDay() {
        var events = new ArrayList<CoachEvent>();
        var coach = Coach.builder()
                .tracks(TrackLoader.of(TrackProviders.directory(ContentFixtures.dir("tracks"))))
                .grader(new LadderGrader(HELD)).memoryStore(MemoryStores.inMemory()).clock(clock)
                .listener(events::add).build();
        var session = coach.session(ADA, "ladder");
        var first = placed(session).reviews().stream().min(Comparator.comparing(ReviewCard::due)).orElseThrow();
        assertThat(events).noneMatch(CoachEvent.ReviewDue.class::isInstance);
        clock.advance(Duration.ofDays(ChronoUnit.DAYS.between(today(), first.due())));
        session.submit(session.next().orElseThrow().id(), Answer.of("answer")); // the step pending since before

        var review = session.next().orElseThrow();

        assertThat(review.reason()).isEqualTo(StepReason.REVIEW);
        assertThat(events).filteredOn(CoachEvent.ReviewDue.class::isInstance).singleElement().satisfies(e -> {
            var due = (CoachEvent.ReviewDue) e;
            assertThat(due.conceptId()).isEqualTo(review.challenge().conceptId());
            assertThat(due.due()).isBeforeOrEqualTo(today());
        });
    }

    @Test
    void theDesiredRetentionSetOnTheBuilderSetsHowSoonReviewsFallDue() {
        var relaxed = placed(coach(0.8).session(ADA, "ladder"));
        var strict = placed(coach(0.97).session(ADA, "ladder"));
        assertThat(strict.reviews()).isNotEmpty();
        for (var card : strict.reviews()) {
            var same = relaxed.review(card.conceptId(), card.level()).orElseThrow();
            assertThat(card.due()).isBeforeOrEqualTo(same.due());
        }
        assertThat(strict.reviews()).anySatisfy(card ->
                assertThat(card.due()).isBefore(relaxed.review(card.conceptId(), card.level()).orElseThrow().due()));
    }

    @Test
    void aLearnerPlacedAboveTheContentOfATrackStillGetsPractice() {
        var coach = Coach.builder()
                .tracks(TrackLoader.of(TrackProviders.directory(ContentFixtures.dir("tracks"))))
                .grader(new LadderGrader(Map.of("http", 5)))
                .clock(clock)
                .build();
        var session = coach.session(ADA, "mini");
        var state = placed(session);
        assertThat(state.placements()).singleElement().satisfies(p ->
                assertThat(p.level().orElseThrow()).isGreaterThan(ChallengeLevel.TRADEOFFS));
        var step = session.next().orElseThrow();
        assertThat(step.reason()).isEqualTo(StepReason.PRACTICE);
        assertThat(step.challenge().level()).as("the highest rung the mini track has")
                .isEqualTo(ChallengeLevel.TRADEOFFS);
    }

    @Test
    void theSameAnswersOnTheSameClockGiveTheSameSteps() {
        assertThat(steps(coach(0.9), 30)).isEqualTo(steps(coach(0.9), 30));
    }

    private static LearnerState placed(CoachSession session) {
        while (session.next().orElseThrow().reason() == StepReason.DIAGNOSTIC) {
            session.submit(Answer.of("answer"));
        }
        return session.state();
    }

    private static List<String> steps(Coach coach, int count) {
        var session = coach.session(ADA, "ladder");
        var out = new ArrayList<String>();
        for (int i = 0; i < count; i++) {
            var step = session.next().orElseThrow();
            out.add(step.reason() + " " + step.challenge().id());
            session.submit(Answer.of("answer"));
        }
        return out;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}

package dev.interviewcoach.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.interviewcoach.api.Answer;
import dev.interviewcoach.api.ChallengeLevel;
import dev.interviewcoach.api.CoachException;
import dev.interviewcoach.api.LearnerId;
import dev.interviewcoach.api.LearnerProfile;
import dev.interviewcoach.api.LearnerState;
import dev.interviewcoach.api.Placement;
import dev.interviewcoach.api.StepReason;
import dev.interviewcoach.spi.AttemptQuery;
import dev.interviewcoach.spi.MemoryStore;
import dev.interviewcoach.spi.StoreCommit;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The session API a host app uses: pressure, hints and skips, the size limit, profile, readiness, events. */
class SessionApiTests {
    private static final Instant NOW = Instant.parse("2026-11-24T09:00:00Z");
    private static final LearnerId ADA = LearnerId.of("ada");
    private final MutableClock clock = new MutableClock(NOW);
    private final MemoryStore store = MemoryStores.inMemory();
    private final List<CoachEvent> events = new ArrayList<>();

    private Coach.Builder builder(double score) {
        return Coach.builder()
                .tracks(TrackLoader.of(TrackProviders.directory(ContentFixtures.dir("tracks"))))
                .grader(new FixedGrader(score))
                .memoryStore(store)
                .clock(clock)
                .listener(events::add);
    }

    /** A learner placed at DESIGN on every concept of the ladder track, so practice is on the pressure rung. */
    private CoachSession placedAtDesign(Coach coach) {
        var session = coach.session(ADA, "ladder");
        var placements = session.track().concepts().stream().map(c -> new Placement(c.id(),
                Optional.of(ChallengeLevel.DESIGN), 0.9, List.of("placed-" + c.id()))).toList();
        var initial = LearnerState.initial(ADA, "ladder", NOW);
        store.commit(StoreCommit.of(new LearnerState(ADA, "ladder", initial.schemaVersion(), 0, initial.profile(),
                List.of(), List.of(), List.of(), placements, NOW)));
        return session;
    }

    private static String words(int n) {
        return "word ".repeat(n).strip();
    }

    @Test
    void aStepShownOnAnEarlierDayIsStillTheStepInEverySessionAndTakesItsAnswer() {
        var coach = builder(0.9).build();
        var session = coach.session(ADA, "ladder");
        var step = session.next().orElseThrow();

        clock.advance(Duration.ofDays(40));
        var again = coach.session(ADA, "ladder").next().orElseThrow();

        assertThat(again.id()).isEqualTo(step.id());
        assertThat(again.number()).isEqualTo(step.number());
        assertThat(again.shownAt()).as("its time counts from when it is shown again").isEqualTo(clock.instant());
        assertThat(session.pending().orElseThrow().id()).isEqualTo(step.id());
        assertThat(session.submit(step.id(), Answer.of("answer")).grade().isScored()).isTrue();
    }

    @Test
    void aFollowUpAsksBeforeItTellsItsWhyNamesThePointAndTheFeedbackSaysWhichCriterionItFollowsUp() {
        var session = builder(0.1).build().session(ADA, "mini");
        Feedback before = null;
        for (int i = 0; i < 40 && before == null; i++) {
            var step = session.next().orElseThrow();
            var feedback = session.submit(step.id(), Answer.of("answer"));
            if (feedback.next().map(n -> n.reason() == StepReason.FOLLOW_UP).orElse(false)) {
                before = feedback;
            }
        }
        assertThat(before).as("a weak answer brought a follow-up").isNotNull();
        var followUp = before.next().orElseThrow();
        String criterion = before.askedNext().orElseThrow();
        var original = followUp.challenge().rubric().criterion(criterion).orElseThrow();

        assertThat(followUp.challenge().id()).endsWith("#follow-up." + criterion);
        assertThat(followUp.id()).as("a step id goes into a URL as it is").matches("[A-Za-z0-9._~-]+")
                .endsWith("~follow-up." + criterion);
        assertThat(followUp.why()).contains("follow-up").doesNotContain(original.description())
                .doesNotContain(criterion.replace('-', ' '));
        assertThat(session.submit(followUp.id(), Answer.of("answer")).askedNext()).isEmpty();
    }

    @Test
    void whatAHostShowsOfTheMissedCriteriaAndTheOverallFeedbackLeavesOutTheOneTheNextQuestionAsks() {
        var session = builder(0.1).grader(Graders.rubric()).build().session(ADA, "mini");
        Feedback before = null;
        for (int i = 0; i < 40 && before == null; i++) {
            var step = session.next().orElseThrow();
            var feedback = session.submit(step.id(), Answer.of("I am not sure about this one."));
            if (feedback.askedNext().isPresent()) {
                before = feedback;
            }
        }
        assertThat(before).as("a weak answer brought a follow-up").isNotNull();
        String criterion = before.askedNext().orElseThrow();
        assertThat(before.missed()).extracting(r -> r.criterionId()).contains(criterion);
        assertThat(before.missedToShow()).extracting(r -> r.criterionId()).doesNotContain(criterion)
                .hasSize(before.missed().size() - 1);
        String held = before.missed().stream().filter(r -> r.criterionId().equals(criterion)).findFirst().orElseThrow()
                .feedback();
        assertThat(before.grade().feedback()).as("the grade keeps it").contains(held);
        assertThat(before.feedbackToShow()).as("the overall feedback shown leaves it out").doesNotContain(held);
        String shownText = before.feedbackToShow();
        before.missedToShow().forEach(shown -> assertThat(shownText).contains(shown.feedback()));
        var after = session.submit(before.next().orElseThrow().id(), Answer.of("I am not sure."));
        assertThat(after.askedNext()).isEmpty();
        assertThat(after.missedToShow()).isEqualTo(after.missed());
        assertThat(after.feedbackToShow()).isEqualTo(after.grade().feedback());
    }

    @Test
    void aFollowUpShownOnAnEarlierDayIsStillTheStep() {
        var coach = builder(0.1).build();
        var session = coach.session(ADA, "mini");
        Step followUp = null;
        for (int i = 0; i < 40 && followUp == null; i++) {
            var step = session.next().orElseThrow();
            if (step.reason() == StepReason.FOLLOW_UP) {
                followUp = step;
            } else {
                session.submit(step.id(), Answer.of("answer"));
            }
        }
        assertThat(followUp).as("a weak answer brought a follow-up").isNotNull();

        clock.advance(Duration.ofDays(3));
        var again = coach.session(ADA, "mini").next().orElseThrow();

        assertThat(again.id()).isEqualTo(followUp.id());
        assertThat(again.reason()).isEqualTo(StepReason.FOLLOW_UP);
        assertThat(again.challenge().prompt().text()).isEqualTo(followUp.challenge().prompt().text());
    }

    @Test
    void aHostPeekingAtAPendingFollowUpFindsItsChallengeOnTheSessionsTrackByTheStoredId() {
        var session = builder(0.1).build().session(ADA, "mini");
        Step followUp = null;
        for (int i = 0; i < 40 && followUp == null; i++) {
            var step = session.next().orElseThrow();
            var feedback = session.submit(step.id(), Answer.of("answer"));
            followUp = feedback.next().filter(n -> n.reason() == StepReason.FOLLOW_UP).orElse(null);
        }
        assertThat(followUp).as("a weak answer brought a follow-up").isNotNull();

        String pendingId = session.state().pendingStep().orElseThrow().challengeId();

        assertThat(pendingId).isEqualTo(followUp.challenge().id());
        assertThat(session.track().stepChallenge(pendingId)).contains(followUp.challenge());
    }

    @Test
    void anAnswerOverThePressureWordBudgetGivesLessEvidenceAndTheFeedbackSaysByHowMuch() {
        var session = placedAtDesign(builder(1.0).build());
        var step = session.next().orElseThrow();
        assertThat(step.challenge().level()).isEqualTo(ChallengeLevel.PRESSURE);
        int budget = step.challenge().prompt().wordBudget().getAsInt();

        var feedback = session.submit(step.id(), Answer.of(words(budget * 2)));

        assertThat(feedback.discount().factor()).isCloseTo(0.5, within(1e-9));
        assertThat(feedback.grade().score().getAsDouble()).isCloseTo(0.5, within(1e-9));
        assertThat(feedback.grade().feedback()).contains("Counted as evidence: 0.50 of the grader's 1.00")
                .contains(budget * 2 + " words for a " + budget + "-word budget (100 % over)");
        assertThat(feedback.grade().pressure()).hasValueSatisfying(p -> assertThat(p.overBudget()).isTrue());
        assertThat(store.attempts(AttemptQuery.all(ADA)).get(0).grade().score().getAsDouble()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void theTimeTakenComesFromWhenTheStepWasShownByTheCoachsClockAndOverTheLimitCounts() {
        var session = placedAtDesign(builder(1.0).build());
        var step = session.next().orElseThrow();
        long limit = step.challenge().prompt().timeLimit().orElseThrow().toSeconds();
        clock.advance(Duration.ofSeconds(limit * 4));

        var feedback = session.submit(step.id(), Answer.of("short"));

        assertThat(feedback.attempt().answer().timeTaken()).isEqualTo(Duration.ofSeconds(limit * 4));
        assertThat(feedback.discount().factor()).isCloseTo(0.25, within(1e-9));
        assertThat(feedback.discount().reasons()).singleElement().asString().contains("300 % over");
    }

    @Test
    void theTimeOfTheNextQuestionCountsFromWhenNextReturnsItNotFromTheAnswerBeforeIt() {
        var coach = builder(1.0).build();
        var session = placedAtDesign(coach);
        var first = session.next().orElseThrow();
        clock.advance(Duration.ofSeconds(20));
        var feedback = session.submit(first.id(), Answer.of("short"));
        var prepared = feedback.next().orElseThrow();

        clock.advance(Duration.ofMinutes(3)); // reading the feedback
        var shown = session.next().orElseThrow();
        clock.advance(Duration.ofSeconds(5));
        var again = coach.session(ADA, "ladder").next().orElseThrow();
        clock.advance(Duration.ofSeconds(15));
        var answered = session.submit(shown.id(), Answer.of("short"));

        assertThat(shown.id()).isEqualTo(prepared.id());
        assertThat(shown.shownAt()).isEqualTo(prepared.shownAt().plus(Duration.ofMinutes(3)));
        assertThat(again.shownAt()).as("asking again, in any session, does not restart it").isEqualTo(shown.shownAt());
        assertThat(answered.attempt().answer().timeTaken()).isEqualTo(Duration.ofSeconds(20));
        assertThat(answered.discount().factor()).isEqualTo(1.0);
    }

    @Test
    void aHostResumingWithPendingStartsTheTimeWhereItShowsTheStep() {
        var coach = builder(1.0).build();
        var session = placedAtDesign(coach);
        var first = session.next().orElseThrow();
        session.submit(first.id(), Answer.of("short"));

        clock.advance(Duration.ofDays(1));
        var resumed = coach.session(ADA, "ladder").pending().orElseThrow();
        clock.advance(Duration.ofSeconds(30));
        var answered = coach.session(ADA, "ladder").submit(resumed.id(), Answer.of("short"));

        assertThat(answered.attempt().answer().timeTaken()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void aNewLearnersFirstStepKeepsItsTimeWhenTheClockHasNotMovedSinceTheLearnerWasCreated() {
        var coach = builder(1.0).build();
        var first = coach.session(LearnerId.of("new"), "ladder").next().orElseThrow();
        clock.advance(Duration.ofMinutes(5));

        var again = coach.session(LearnerId.of("new"), "ladder").next().orElseThrow();

        assertThat(again.shownAt()).isEqualTo(first.shownAt());
    }

    @Test
    void aNextQuestionAnsweredStraightFromTheFeedbackCountsFromTheAnswerBeforeIt() {
        var session = placedAtDesign(builder(1.0).build());
        var first = session.next().orElseThrow();
        var prepared = session.submit(first.id(), Answer.of("short")).next().orElseThrow();
        clock.advance(Duration.ofSeconds(30));

        var answered = session.submit(prepared.id(), Answer.of("short"));

        assertThat(answered.attempt().answer().timeTaken()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void withPressureOffTimeAndWordsAreReportedButNotCounted() {
        var session = placedAtDesign(builder(1.0).build());
        session.updateProfile(p -> p.withPressure(false));
        var step = session.next().orElseThrow();
        var feedback = session.submit(step.id(), Answer.of(words(1000)));
        assertThat(feedback.discount().applies()).isFalse();
        assertThat(feedback.grade().score().getAsDouble()).isEqualTo(1.0);
        assertThat(feedback.grade().feedback()).contains("Pressure is off");
    }

    @Test
    void hintsLowerTheEvidenceAndASkipIsRecordedAsAZero() {
        var session = builder(0.8).build().session(ADA, "mini");
        var step = session.next().orElseThrow();
        var hinted = session.submit(step.id(), Answer.of("same effect").withHintsUsed(2));
        assertThat(hinted.discount().factor()).isCloseTo(0.7, within(1e-9));
        assertThat(hinted.grade().score().getAsDouble()).isCloseTo(0.56, within(1e-9));

        var skipped = session.skip(hinted.next().orElseThrow().id());
        assertThat(skipped.grade().score().getAsDouble()).isZero();
        assertThat(skipped.attempt().answer().skipped()).isTrue();
        assertThat(skipped.followUps()).as("nothing an interviewer would ask about an answer never given").isEmpty();
        assertThat(store.attempts(AttemptQuery.all(ADA))).hasSize(2);
    }

    @Test
    void anAnswerOverTheSizeLimitIsRejectedWholeAndTheStepStaysPending() {
        var session = builder(1.0).maxAnswerBytes(100).build().session(ADA, "mini");
        var step = session.next().orElseThrow();
        assertThatThrownBy(() -> session.submit(step.id(), Answer.of("é".repeat(51))))
                .isInstanceOf(AnswerTooLargeException.class).hasMessageContaining("102 bytes")
                .hasMessageContaining("limit of 100 bytes");
        assertThat(store.attempts(AttemptQuery.all(ADA))).isEmpty();
        assertThat(session.next()).contains(step);
        assertThat(session.submit(step.id(), Answer.of("x".repeat(100))).attempt().answer().text()).hasSize(100);
    }

    @Test
    void theDefaultSizeLimitIs64KilobytesAndTheAsyncPathRejectsToo() {
        var session = builder(1.0).build().session(ADA, "mini");
        var step = session.next().orElseThrow();
        var future = session.submitAsync(step.id(), Answer.of("x".repeat(64 * 1024 + 1)));
        assertThat(future).isCompletedExceptionally();
        assertThat(session.submit(step.id(), Answer.of("x".repeat(64 * 1024))).grade().isScored()).isTrue();
    }

    @Test
    void aProfileChangeToAConceptOrTopicTheTrackLacksAPastInterviewDateOrTooMuchTextIsRefusedAndNothingChanges() {
        var session = builder(0.9).build().session(ADA, "mini");
        var before = session.profile();

        assertThatThrownBy(() -> session.updateProfile(p -> p.withFocusConcepts(List.of("kubernetes"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("kubernetes").hasMessageContaining("http");
        assertThatThrownBy(() -> session.updateProfile(p -> p.withFocusTopics(List.of("http.nothing"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("http.nothing");
        assertThatThrownBy(() -> session.updateProfile(p -> p.withInterviewDate(LocalDate.ofInstant(NOW, ZoneOffset.UTC)
                .minusDays(1)))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already past")
                .hasMessageContaining("withoutInterviewDate()");

        assertThatThrownBy(() -> session.updateProfile(p -> p.withTargetRole("r".repeat(10_000))
                .withPreferences(java.util.Map.of("notes", "n".repeat(10_000)))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("20005 characters")
                .hasMessageContaining("nothing was changed");

        assertThat(session.profile()).isEqualTo(before);
        assertThat(session.updateProfile(p -> p.withFocusConcepts(List.of("http"))).focusConceptIds()).containsExactly("http");
        assertThat(session.updateProfile(p -> p.withTargetRole("r".repeat(10_000))).targetRole()).isPresent();
    }

    @Test
    void anInterviewDateOnceSetIsClearedThroughTheSessionAndStaysClearedForTheLearner() {
        var coach = builder(1.0).build();
        var date = LocalDate.ofInstant(NOW, ZoneOffset.UTC).plusWeeks(3);
        coach.session(ADA, "mini").updateProfile(p -> p.withInterviewDate(date));

        assertThat(coach.session(ADA, "mini").updateProfile(LearnerProfile::withoutInterviewDate).interviewDate()).isEmpty();
        assertThat(coach.session(ADA, "mini").profile().interviewDate()).isEmpty();
    }

    @Test
    void theProfileIsSetAndReadThroughTheSessionAndStoredWithTheLearner() {
        var coach = builder(1.0).build();
        var session = coach.session(ADA, "mini");
        var step = session.next().orElseThrow();
        var date = LocalDate.of(2027, 1, 15);
        session.updateProfile(p -> p.withTargetRole("junior backend developer").withInterviewDate(date)
                .withTrackVariant("backend-go").withSessionLength(Duration.ofMinutes(20)).withPressure(false)
                .withFocusConcepts(List.of("http")).withFocusTopics(List.of("http.idempotency")));

        var other = coach.session(ADA, "mini").profile();
        assertThat(other.interviewDate()).contains(date);
        assertThat(other.targetRole()).contains("junior backend developer");
        assertThat(other.trackVariant()).contains("backend-go");
        assertThat(other.sessionLength()).contains(Duration.ofMinutes(20));
        assertThat(other.pressure()).isFalse();
        assertThat(other.focusConceptIds()).containsExactly("http");
        assertThat(other.focusTopicIds()).containsExactly("http.idempotency");
        assertThat(session.next()).as("changing the profile keeps the pending step").contains(step);
        assertThat(session.submit(step.id(), Answer.of("same effect")).grade().isScored()).isTrue();
    }

    @Test
    void readinessSaysHowEachRungIsHeldWithTheAttemptsBehindItAndWritesJson() throws Exception {
        var session = placedAtDesign(builder(1.0).build());
        session.updateProfile(p -> p.withInterviewDate(LocalDate.of(2026, 12, 24)));
        var feedback = session.submit(session.next().orElseThrow().id(), Answer.of("short"));

        var readiness = session.readiness();
        assertThat(readiness.interviewDate()).contains(LocalDate.of(2026, 12, 24));
        assertThat(readiness.concepts()).allSatisfy(c -> {
            assertThat(c.heldRung()).contains(ChallengeLevel.DESIGN);
            assertThat(c.heldBy()).isEqualTo(Readiness.HeldBy.PLACEMENT);
            assertThat(c.placementAttemptIds()).containsExactly("placed-" + c.conceptId());
        });
        var answered = readiness.concepts().stream()
                .filter(c -> c.conceptId().equals(feedback.attempt().conceptId())).findFirst().orElseThrow();
        assertThat(answered.rungs()).anySatisfy(r -> {
            assertThat(r.level()).isEqualTo(ChallengeLevel.PRESSURE);
            assertThat(r.evidenceCount()).isEqualTo(1);
            assertThat(r.attemptIds()).containsExactly(feedback.attempt().id());
        });
        assertThat(readiness.overall()).as("four rungs held on a placement of confidence 0.9 count 0.9 each")
                .isCloseTo(4 * 0.9 / 5, within(1e-9));

        var json = new ObjectMapper().readTree(readiness.toJson());
        assertThat(json.get("learnerId").asText()).isEqualTo("ada");
        assertThat(json.get("interviewDate").asText()).isEqualTo("2026-12-24");
        assertThat(json.get("concepts").get(0).get("heldBy").asText()).isEqualTo("PLACEMENT");
        assertThat(json.get("concepts").get(0).get("heldRung").asText()).isEqualTo("DESIGN");
        assertThat(json.get("overall").asDouble()).isCloseTo(4 * 0.9 / 5, within(1e-9));
    }

    @Test
    void listenersHearTheGradeAndTheDiagnosisAfterTheCommitAndAFailingListenerLosesNoAnswer() {
        var coach = builder(1.0).listener(e -> {
            throw new IllegalStateException("listener bug");
        }).build();
        var session = coach.session(ADA, "mini");
        while (session.state().placements().isEmpty()) {
            var step = session.next().orElseThrow();
            assertThat(step.reason()).isEqualTo(StepReason.DIAGNOSTIC);
            session.submit(step.id(), Answer.of("same effect"));
        }
        var attempts = store.attempts(AttemptQuery.all(ADA));
        assertThat(events).filteredOn(CoachEvent.Graded.class::isInstance).hasSize(attempts.size());
        assertThat(events).filteredOn(CoachEvent.DiagnosisCompleted.class::isInstance).singleElement()
                .satisfies(e -> assertThat(((CoachEvent.DiagnosisCompleted) e).placements()).isNotEmpty());
        var graded = (CoachEvent.Graded) events.get(0);
        assertThat(graded.attempt().id()).isEqualTo(attempts.get(0).id());
    }

    @Test
    void aCoachWithoutTracksIsAClearError() {
        assertThatThrownBy(() -> Coach.builder().build()).isInstanceOf(CoachException.class)
                .hasMessageContaining("no tracks").hasMessageContaining("TrackLoader.discover()");
    }

    @Test
    void sessionsOfOneCoachShareOneLoadOfTheTrack() {
        var coach = builder(1.0).build();
        assertThat(coach.session(ADA, "mini").track()).isSameAs(coach.session(LearnerId.of("bob"), "mini").track());
    }
}

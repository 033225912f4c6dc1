package dev.interviewcoach.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interviewcoach.api.Answer;
import dev.interviewcoach.api.Attempt;
import dev.interviewcoach.api.ChallengeLevel;
import dev.interviewcoach.api.LearnerId;
import dev.interviewcoach.api.MisconceptionStatus;
import dev.interviewcoach.api.StateKey;
import dev.interviewcoach.api.StepReason;
import dev.interviewcoach.spi.AttemptQuery;
import dev.interviewcoach.spi.MemoryStore;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** One learner runs through several steps end to end: next, submit, grade, learner update, store. */
class CoachSessionTests {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T09:00:00Z"), ZoneOffset.UTC);
    private final MemoryStore store = MemoryStores.inMemory();
    private final Coach coach = Coach.builder()
            .tracks(TrackLoader.of(TrackProviders.directory(ContentFixtures.dir("tracks"))))
            .memoryStore(store)
            .clock(CLOCK)
            .build();
    private final LearnerId ada = LearnerId.of("ada");

    @Test
    void aLearnerAnswersSeveralStepsAndEveryAttemptAndTheStateAreStored() {
        var session = coach.session(ada, "mini");
        var first = session.next().orElseThrow();
        assertThat(first.reason()).isEqualTo(StepReason.DIAGNOSTIC);
        assertThat(session.next()).contains(first);
        assertThat(session.diagnosisProgress().asked()).isZero();

        var strong = session.submit(Answer.of(strongAnswer(first)));
        assertThat(strong.grade().score().getAsDouble()).isEqualTo(1.0);
        assertThat(strong.passed()).isTrue();
        assertThat(strong.masteryChanges()).anySatisfy(c -> {
            assertThat(c.level()).isEqualTo(first.challenge().level());
            assertThat(c.after()).isGreaterThan(c.before());
        });
        assertThat(strong.next()).isPresent();

        session.next().orElseThrow();
        var weak = session.submit(Answer.of("I am not sure."));
        assertThat(weak.passed()).isFalse();
        assertThat(weak.missed()).isNotEmpty();
        assertThat(session.diagnosisProgress().complete()).as("the mini track has two challenges to ask").isTrue();
        assertThat(session.state().placements()).singleElement()
                .satisfies(p -> assertThat(p.conceptId()).isEqualTo("http"));

        assertThat(session.next().orElseThrow().reason()).isEqualTo(StepReason.PRACTICE);
        session.submit(Answer.of("It always gives the same response."));

        var attempts = store.attempts(AttemptQuery.all(ada));
        assertThat(attempts).hasSize(3);
        assertThat(attempts).extracting(Attempt::at).containsOnly(CLOCK.instant());
        assertThat(attempts).extracting(Attempt::reason)
                .containsExactly(StepReason.DIAGNOSTIC, StepReason.DIAGNOSTIC, StepReason.PRACTICE);
        assertThat(attempts.get(1).answer().text()).isEqualTo("I am not sure.");
        var state = store.load(new StateKey(ada, "mini")).orElseThrow();
        assertThat(state.storeVersion()).as("the first step is stored when shown, then one write per answer").isEqualTo(4);
        assertThat(state.stepsAnswered()).isEqualTo(3);
        assertThat(state.mastery()).isNotEmpty();
        assertThat(state.mastery(attempts.get(0).conceptId(), attempts.get(0).level()).orElseThrow().recentAttemptIds())
                .contains(attempts.get(0).id());
    }

    private static String strongAnswer(Step step) {
        return step.challenge().level() == ChallengeLevel.DEFINE
                ? "Idempotent means the same effect on the server however often you send it; PUT and DELETE are."
                : "Choose PUT if the client picks the URI itself, since PUT is idempotent and you can retry safely.";
    }

    @Test
    void aMisconceptionShownTwiceIsConfirmed() {
        var session = coach.session(ada, "mini");
        for (int i = 0; i < 2; i++) {
            while (!session.next().orElseThrow().challenge().id().equals("http.define.idempotency")) {
                session.submit(Answer.of("skip"));
            }
            var feedback = session.submit(Answer.of("An idempotent call returns the same response every time."));
            assertThat(feedback.grade().misconceptions()).extracting(m -> m.misconceptionId()).contains("same-response");
        }
        var record = session.state().misconceptions().stream()
                .filter(m -> m.misconceptionId().equals("same-response")).findFirst().orElseThrow();
        assertThat(record.status()).isEqualTo(MisconceptionStatus.CONFIRMED);
        assertThat(record.attemptIds()).hasSize(2);
    }

    @Test
    void twoSessionsOfOneLearnerShareTheStepAndAnAnswerToAStepAnsweredElsewhereIsRejectedUngraded() {
        var phone = coach.session(ada, "mini");
        var laptop = coach.session(ada, "mini");
        var shown = phone.next().orElseThrow();
        assertThat(laptop.next()).contains(shown);
        phone.submit(shown.id(), Answer.of("same effect; PUT"));

        assertThatThrownBy(() -> laptop.submit(shown.id(), Answer.of("same result; DELETE")))
                .isInstanceOf(StaleStepException.class)
                .hasMessageContaining("already answered")
                .satisfies(e -> assertThat(((StaleStepException) e).currentStepId())
                        .contains(laptop.next().orElseThrow().id()));
        assertThat(store.attempts(AttemptQuery.all(ada))).singleElement()
                .satisfies(a -> assertThat(a.challengeId()).isEqualTo(shown.challenge().id()));
        var next = laptop.next().orElseThrow();
        assertThat(next.number()).isEqualTo(shown.number() + 1);
        laptop.submit(next.id(), Answer.of("same result; DELETE"));
        assertThat(store.attempts(AttemptQuery.all(ada))).extracting(Attempt::challengeId)
                .containsExactly(shown.challenge().id(), next.challenge().id());
    }

    @Test
    void anUnknownStepIdIsRejectedAndNothingIsStored() {
        var session = coach.session(ada, "mini");
        session.next().orElseThrow();
        assertThatThrownBy(() -> session.submit("s9-nope", Answer.of("x")))
                .isInstanceOf(StaleStepException.class).hasMessageContaining("unknown step 's9-nope'");
        assertThat(store.attempts(AttemptQuery.all(ada))).isEmpty();
    }

    @Test
    void aStepOfADeletedLearnerIsRefusedWhenALearnerOfTheSameIdStartsAgain() {
        var clock = new MutableClock(Instant.parse("2026-03-01T09:00:00Z"));
        var shared = MemoryStores.inMemory();
        var coach = Coach.builder().tracks(TrackLoader.of(TrackProviders.directory(ContentFixtures.dir("tracks"))))
                .memoryStore(shared).clock(clock).build();
        var oldDevice = coach.session(ada, "mini");
        var old = oldDevice.next().orElseThrow();
        shared.delete(ada); // the clock stands still: a recreation in the same millisecond

        var again = coach.session(ada, "mini").next().orElseThrow();
        assertThat(again.challenge()).as("the same first question").isEqualTo(old.challenge());
        assertThat(again.id()).isNotEqualTo(old.id());
        assertThatThrownBy(() -> oldDevice.submit(old.id(), Answer.of("same effect; PUT")))
                .isInstanceOf(StaleStepException.class);
        assertThat(shared.attempts(AttemptQuery.all(ada))).isEmpty();
    }

    @Test
    void anOpenSessionDoesNotBringBackALearnerDeletedWhileItWasOpen() {
        var open = coach.session(ada, "mini");
        var step = open.next().orElseThrow();
        store.delete(ada);

        assertThatThrownBy(open::next).isInstanceOf(LearnerDeletedException.class).hasMessageContaining("deleted");
        assertThatThrownBy(open::pending).isInstanceOf(LearnerDeletedException.class);
        assertThatThrownBy(() -> open.submit(step.id(), Answer.of("same effect"))).isInstanceOf(LearnerDeletedException.class);
        assertThatThrownBy(() -> open.updateProfile(p -> p.withTargetRole("backend"))).isInstanceOf(LearnerDeletedException.class);
        assertThatThrownBy(open::rediagnose).isInstanceOf(LearnerDeletedException.class);
        assertThat(store.load(new StateKey(ada, "mini"))).as("the deletion stands").isEmpty();
        assertThat(store.attempts(AttemptQuery.all(ada))).isEmpty();

        var afresh = coach.session(ada, "mini").next().orElseThrow();
        assertThat(afresh.number()).as("a new session starts the id afresh").isEqualTo(1);
    }

    @Test
    void aBlankAnswerEvenOneOfInvisibleCharactersIsRefusedBeforeGradingAndTheStepStaysOpen() {
        var session = coach.session(ada, "mini");
        var step = session.next().orElseThrow();

        assertThatThrownBy(() -> session.submit(step.id(), Answer.of(" \n\t "))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("blank").hasMessageContaining("Answer.skip()");
        for (String invisible : java.util.List.of("\u00A0\u00A0", "\u200B\u200B", "\u0000", "\uFEFF \u3000")) {
            assertThatThrownBy(() -> session.submit(step.id(), Answer.of(invisible)))
                    .as("only invisible characters").isInstanceOf(IllegalArgumentException.class).hasMessageContaining("blank");
        }
        var async = session.submitAsync(step.id(), Answer.of(""));
        assertThat(async).isCompletedExceptionally();
        assertThat(org.assertj.core.api.Assertions.catchThrowable(async::join)).hasCauseInstanceOf(IllegalArgumentException.class);

        assertThat(store.attempts(AttemptQuery.all(ada))).isEmpty();
        assertThat(session.next()).contains(step);
        assertThat(session.skip(step.id()).attempt().answer().skipped()).as("a skip is still taken").isTrue();
    }

    @Test
    void anAnswerCountingMoreHintsThanItsQuestionHasIsRefusedBeforeGradingAndTheStepStaysOpen() {
        var session = coach.session(ada, "mini");
        var step = session.next().orElseThrow();
        int hints = step.challenge().hints().size();

        assertThatThrownBy(() -> session.submit(step.id(), Answer.of("An answer.").withHintsUsed(hints + 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining((hints + 1) + " hints used").hasMessageContaining("nothing was graded or stored");
        assertThat(store.attempts(AttemptQuery.all(ada))).isEmpty();
        assertThat(session.next()).contains(step);
        assertThat(session.submit(step.id(), Answer.of("An answer.").withHintsUsed(hints)).attempt().answer().hintsUsed())
                .as("every hint the question has may be used").isEqualTo(hints);
    }

    @Test
    void submitAsyncReportsANullArgumentThroughTheFutureLikeEveryOtherFailure() {
        var session = coach.session(ada, "mini");
        var step = session.next().orElseThrow();

        var noStep = session.submitAsync(null, Answer.of("same effect"));
        var noAnswer = session.submitAsync(step.id(), null);

        assertThat(org.assertj.core.api.Assertions.catchThrowable(noStep::join)).hasCauseInstanceOf(NullPointerException.class);
        assertThat(org.assertj.core.api.Assertions.catchThrowable(noAnswer::join)).hasCauseInstanceOf(NullPointerException.class);
        assertThat(session.submitAsync(step.id(), Answer.of("same effect")).join().attempt().challengeId())
                .isEqualTo(step.challenge().id());
    }

    @Test
    void aSessionOpenedAfterARestartResumesThePendingStepAndNumbersContinue() {
        var first = coach.session(ada, "mini");
        var one = first.next().orElseThrow();
        var two = first.submit(one.id(), Answer.of("same effect")).next().orElseThrow();

        var restarted = Coach.builder()
                .tracks(TrackLoader.of(TrackProviders.directory(ContentFixtures.dir("tracks"))))
                .memoryStore(store).clock(CLOCK).build().session(ada, "mini");
        assertThat(restarted.pending()).contains(two);
        assertThat(restarted.next()).contains(two);
        assertThat(two.number()).isEqualTo(2);
        var feedback = restarted.submit(two.id(), Answer.of("client picks the URI"));
        assertThat(feedback.attempt().challengeId()).isEqualTo(two.challenge().id());
        feedback.next().ifPresent(three -> assertThat(three.number()).isEqualTo(3));
    }

    @Test
    void submittingWithoutAStepIsAnError() {
        assertThatThrownBy(() -> coach.session(ada, "mini").submit(Answer.of("x")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("next()");
    }

    @Test
    void anUnknownTrackNamesWhatToAdd() {
        assertThatThrownBy(() -> coach.session(ada, "frontend"))
                .hasMessageContaining("no TrackProvider supplies track 'frontend'")
                .hasMessageContaining("coach-content-backend");
    }

    @Test
    void withAFixedClockAndAttemptIdsTwoRunsStoreIdenticalHistories() {
        java.util.function.Supplier<java.util.List<Attempt>> run = () -> {
            var counter = new java.util.concurrent.atomic.AtomicInteger();
            var runStore = MemoryStores.inMemory();
            var runCoach = Coach.builder()
                    .tracks(TrackLoader.of(TrackProviders.directory(ContentFixtures.dir("tracks"))))
                    .memoryStore(runStore).clock(CLOCK).attemptIds(() -> "attempt-" + counter.incrementAndGet())
                    .build();
            var session = runCoach.session(ada, "mini");
            for (String text : java.util.List.of("same effect; PUT", "no idea", "client picks the URI, safe to retry")) {
                session.next().orElseThrow();
                session.submit(Answer.of(text));
            }
            return runStore.attempts(AttemptQuery.all(ada));
        };
        var first = run.get();
        assertThat(first).extracting(Attempt::id).containsExactly("attempt-1", "attempt-2", "attempt-3");
        assertThat(run.get()).isEqualTo(first);
    }

    @Test
    void feedbackPutsTheFollowUpOnWhatWasMissedAndNoneAfterAnAnswerThatMetEveryCriterion() {
        var session = coach.session(ada, "mini");
        reachDefineChallenge(session);
        var missed = session.submit(Answer.of("PUT and DELETE."));
        assertThat(missed.followUps()).extracting(dev.interviewcoach.api.FollowUp::criterionId).containsExactly("definition");

        var other = coach.session(LearnerId.of("bob"), "mini");
        reachDefineChallenge(other);
        var full = other.submit(Answer.of("Idempotent: the same effect on the server however often you send it; PUT and DELETE are."));
        assertThat(full.missed()).isEmpty();
        assertThat(full.followUps()).as("a follow-up probes its criterion, and this answer met them all").isEmpty();
    }

    @Test
    void aFollowUpWhosePointTheAnswerAlreadyMakesIsNotShownAsTheInterviewersNextQuestion() {
        var session = coach.session(LearnerId.of("cy"), "mini");
        reachDefineChallenge(session);
        var partly = session.submit(Answer.of("PUT and DELETE are. A DELETE that answers 404 the second time is "
                + "still idempotent: the resource stays deleted."));
        assertThat(partly.missed()).extracting(m -> m.criterionId()).contains("definition");
        assertThat(partly.followUps()).as("the follow-up on the missed definition was answered already").isEmpty();
    }

    private static void reachDefineChallenge(CoachSession session) {
        for (int i = 0; i < 10 && !session.next().orElseThrow().challenge().id().equals("http.define.idempotency"); i++) {
            session.submit(Answer.of("skip"));
        }
        assertThat(session.next().orElseThrow().challenge().id()).isEqualTo("http.define.idempotency");
    }

    @Test
    void everyStoredAttemptKeepsWhatItMovedInMasterySoMasteryOverTimeCanBeReadBack() {
        var session = coach.session(ada, "mini");
        var feedbacks = new java.util.ArrayList<Feedback>();
        for (int i = 0; i < 4; i++) {
            var step = session.next().orElseThrow();
            feedbacks.add(session.submit(step.id(), Answer.of(i % 2 == 0 ? strongAnswer(step) : "no idea")));
        }
        var stored = store.attempts(AttemptQuery.all(ada));
        assertThat(stored).hasSize(4);
        for (int i = 0; i < 4; i++) {
            var feedback = feedbacks.get(i);
            assertThat(feedback.attempt().masteryChanges()).isEqualTo(feedback.masteryChanges());
            assertThat(stored.get(i)).isEqualTo(feedback.attempt());
        }
        assertThat(stored.get(0).masteryChanges()).isNotEmpty();
    }
}

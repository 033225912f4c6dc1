package dev.interviewcoach.core.internal.progression;

import static dev.interviewcoach.core.internal.progression.ProgressionFixtures.TODAY;
import static dev.interviewcoach.core.internal.progression.ProgressionFixtures.answer;
import static dev.interviewcoach.core.internal.progression.ProgressionFixtures.challenge;
import static dev.interviewcoach.core.internal.progression.ProgressionFixtures.holding;
import static dev.interviewcoach.core.internal.progression.ProgressionFixtures.progression;
import static dev.interviewcoach.core.internal.progression.ProgressionFixtures.track;
import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.api.Attempt;
import dev.interviewcoach.api.ChallengeLevel;
import dev.interviewcoach.api.LearnerState;
import dev.interviewcoach.api.MisconceptionRecord;
import dev.interviewcoach.api.MisconceptionStatus;
import dev.interviewcoach.api.StepReason;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A misconception the learner showed is checked again by a question on its topic some attempts later,
 * however strong the rest of their answers, until later answers clear it.
 */
class RecheckTests {
    private final Progression progression = progression();

    /** A learner holding both concepts through PRESSURE with one misconception on http's topic. */
    private static LearnerState withMisconception(MisconceptionStatus status) {
        var held = holding(5, 5);
        var record = new MisconceptionRecord("http.pressure.1", "cache-first", "http.topic", status,
                status == MisconceptionStatus.CONFIRMED ? 2 : 1, status == MisconceptionStatus.RESOLVED ? 2 : 0,
                List.of("a0"));
        return new LearnerState(held.learnerId(), held.trackId(), held.schemaVersion(), 0, held.profile(),
                held.mastery(), List.of(record), held.reviews(), held.placements(), held.updatedAt());
    }

    /** The answer that showed the misconception, then {@code others} passing answers on rest. */
    private static List<Attempt> shownThen(int others) {
        var attempts = new ArrayList<Attempt>();
        attempts.add(answer(challenge("http", ChallengeLevel.PRESSURE, 1), StepReason.PRACTICE, 0.2, 0));
        for (int i = 1; i <= others; i++) {
            attempts.add(answer(challenge("rest", ChallengeLevel.values()[(i - 1) % 5], 1 + (i - 1) / 5),
                    StepReason.PRACTICE, 0.9, i));
        }
        return attempts;
    }

    private Optional<Progression.Choice> next(LearnerState state, List<Attempt> attempts) {
        return progression.next(track(), state, attempts, TODAY);
    }

    @Test
    void anUnclearedMisconceptionBringsAQuestionOnItsTopicOnceEnoughAttemptsHavePassed() {
        var choice = next(withMisconception(MisconceptionStatus.SUSPECTED), shownThen(Rechecks.SPACING)).orElseThrow();
        assertThat(choice.challenge().conceptId()).isEqualTo("http");
        assertThat(choice.challenge().topicId()).isEqualTo("http.topic");
        assertThat(choice.challenge().id()).as("a question not asked yet first").isNotEqualTo("http.pressure.1");
        assertThat(choice.challenge().level()).isEqualTo(ChallengeLevel.PRESSURE);
        assertThat(choice.why()).contains("misconception");
    }

    @Test
    void theCheckSaysHowManyAnswersFreeOfTheMisconceptionClearItAndHowManyAreIn() {
        var none = next(withMisconception(MisconceptionStatus.SUSPECTED), shownThen(Rechecks.SPACING)).orElseThrow();
        assertThat(none.why()).contains("that your answers have not cleared yet (2 passing answers on its topic free of it clear it)")
                .doesNotContain("no answer since");
        var held = withMisconception(MisconceptionStatus.SUSPECTED);
        var r = held.misconceptions().get(0);
        var oneIn = new MisconceptionRecord(r.challengeId(), r.misconceptionId(), r.topicId(), r.status(), r.occurrences(), 1,
                r.attemptIds());
        var state = new LearnerState(held.learnerId(), held.trackId(), held.schemaVersion(), 0, held.profile(),
                held.mastery(), List.of(oneIn), held.reviews(), held.placements(), held.updatedAt());
        assertThat(next(state, shownThen(Rechecks.SPACING)).orElseThrow().why())
                .contains("1 of the 2 passing answers free of it that clear it is in");
    }

    @Test
    void itIsNotCheckedRightAfterItWasShownNorOnceResolved() {
        var soon = next(withMisconception(MisconceptionStatus.SUSPECTED), shownThen(Rechecks.SPACING - 1));
        assertThat(soon.map(Progression.Choice::why).orElse("")).doesNotContain("misconception");
        var resolved = next(withMisconception(MisconceptionStatus.RESOLVED), shownThen(Rechecks.SPACING));
        assertThat(resolved.map(Progression.Choice::why).orElse("")).doesNotContain("misconception");
    }

    /** The mini track with rest's DESIGN question 2 and http's PRESSURE question 1 listing the misconception. */
    private static dev.interviewcoach.api.Track trackWhereRestDesign2CanShowIt() {
        var base = track();
        var misconception = new dev.interviewcoach.api.Misconception("cache-first", "Writes the cache before the database.",
                List.of(dev.interviewcoach.api.Evidence.of("cache first")), "The database first, then the cache.");
        var ladder = new ArrayList<dev.interviewcoach.api.Challenge>();
        for (var c : base.challenges()) {
            boolean lists = c.id().equals("rest.design.2") || c.id().equals("http.pressure.1");
            ladder.add(lists ? new dev.interviewcoach.api.Challenge(c.id(), c.conceptId(), c.level(), c.topicId(),
                    c.secondaryTopicIds(), c.prompt(), c.rubric(), List.of(misconception), c.referenceAnswer(), c.hints(),
                    c.followUps(), c.sources(), c.samples()) : c);
        }
        return new dev.interviewcoach.api.Track(base.id(), base.title(), base.version() + "-listing", base.description(),
                base.baseId(), base.concepts(), ladder, base.bossChallenges(), base.outOfScope());
    }

    @Test
    void aQuestionThatCanShowTheSameMisconceptionComesFirstWhateverItsConceptAndTheStepSaysItChecksIt() {
        var choice = progression.next(trackWhereRestDesign2CanShowIt(), withMisconception(MisconceptionStatus.SUSPECTED),
                shownThen(Rechecks.SPACING), TODAY);
        // every rest rung's first question and rest DEFINE to DEBUG's second were answered; rest.design.2,
        // which lists the misconception, was not
        assertThat(choice.orElseThrow().challenge().id()).as(choice.get().why()).isEqualTo("rest.design.2");
        assertThat(choice.get().why()).contains("can show the same misconception");
    }

    @Test
    void aQuestionOnTheTopicThatCannotShowItSaysItReturnsToTheTopicNotThatItChecksIt() {
        var choice = next(withMisconception(MisconceptionStatus.SUSPECTED), shownThen(Rechecks.SPACING)).orElseThrow();
        assertThat(choice.why()).contains("returns to it").doesNotContain("checks it is gone");
    }

    @Test
    void whileTheLearnerFocusesOnAnotherConceptTheCheckWaitsButAFocusOnItsOwnConceptKeepsIt() {
        var state = withMisconception(MisconceptionStatus.SUSPECTED);
        var onRest = state.withProfile(state.profile().withFocusConcepts(List.of("rest")));
        assertThat(next(onRest, shownThen(Rechecks.SPACING)).map(Progression.Choice::why).orElse(""))
                .doesNotContain("misconception");
        var onHttp = state.withProfile(state.profile().withFocusConcepts(List.of("http")));
        assertThat(next(onHttp, shownThen(Rechecks.SPACING)).orElseThrow().why()).contains("misconception");
    }

    @Test
    void twoChecksDoNotComeBackToBack() {
        var state = withMisconception(MisconceptionStatus.CONFIRMED);
        var attempts = shownThen(Rechecks.SPACING);
        var first = next(state, attempts).orElseThrow();
        assertThat(first.why()).contains("misconception");
        attempts.add(answer(first.challenge(), first.reason(), 0.9, 100));
        var second = next(state, attempts);
        assertThat(second.map(Progression.Choice::why).orElse("")).doesNotContain("misconception");
    }
}

package dev.interviewcoach.core.internal.progression;

import static dev.interviewcoach.core.internal.progression.ProgressionFixtures.TODAY;
import static dev.interviewcoach.core.internal.progression.ProgressionFixtures.answer;
import static dev.interviewcoach.core.internal.progression.ProgressionFixtures.holding;
import static dev.interviewcoach.core.internal.progression.ProgressionFixtures.progression;
import static dev.interviewcoach.core.internal.progression.ProgressionFixtures.track;
import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.api.Attempt;
import dev.interviewcoach.api.ChallengeLevel;
import dev.interviewcoach.api.Criterion;
import dev.interviewcoach.api.LearnerState;
import dev.interviewcoach.api.Mastery;
import dev.interviewcoach.api.MasteryStatus;
import dev.interviewcoach.api.StepReason;
import dev.interviewcoach.core.internal.learner.LearnerModel;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A weak answer gets one follow-up on what it missed; two failures in a row bring a recovery, never an escalation. */
class FollowUpAndRecoveryTests {
    private final Progression progression = progression();
    private final LearnerState state = holding(2, 2);
    private final List<Attempt> attempts = new ArrayList<>();

    private Progression.Choice next() {
        return progression.next(track(), state, attempts, TODAY).orElseThrow();
    }

    @Test
    void aWeakAnswerGetsAFollowUpOnTheCriterionItMissed() {
        var first = next();
        assertThat(first.reason()).isEqualTo(StepReason.PRACTICE);
        attempts.add(answer(first.challenge(), first.reason(), 0.3, 1, "example"));
        var followUp = next();
        assertThat(followUp.reason()).isEqualTo(StepReason.FOLLOW_UP);
        var c = followUp.challenge();
        assertThat(c.id()).isEqualTo(first.challenge().id() + "#follow-up.example");
        assertThat(c.conceptId()).isEqualTo(first.challenge().conceptId());
        assertThat(c.level()).isEqualTo(first.challenge().level());
        assertThat(c.prompt().text()).isEqualTo("Give an example for " + first.challenge().id() + ".");
        assertThat(c.rubric().criteria()).extracting(Criterion::id).containsExactly("example");
        assertThat(followUp.why()).contains("follow-up").doesNotContain("gives an example").doesNotContain("example");
        assertThat(followUp.why()).as("it names the topic of the question it follows, so it reads on its own")
                .contains("last answer, on topic:");
    }

    @Test
    void aFollowUpIsOneLevelDeepThenTheCoachMovesOn() {
        var first = next();
        attempts.add(answer(first.challenge(), first.reason(), 0.3, 1, "point"));
        var followUp = next();
        attempts.add(answer(followUp.challenge(), followUp.reason(), 0.9, 2));
        var after = next();
        assertThat(after.reason()).isNotEqualTo(StepReason.FOLLOW_UP);
        assertThat(after.challenge().id()).isNotEqualTo(first.challenge().id());
    }

    @Test
    void aFollowUpIsRebuiltFromItsIdAsItWasDerivedSoAStoredStepResolvesWithoutProgression() {
        var first = next();
        attempts.add(answer(first.challenge(), first.reason(), 0.3, 1, "example"));
        var followUp = next().challenge();
        var rebuilt = FollowUps.rebuild(followUp.id(), id -> track().challenge(id)).orElseThrow();
        assertThat(rebuilt).isEqualTo(followUp);
        assertThat(FollowUps.rebuild(first.challenge().id() + "#follow-up.no-such-criterion", id -> track().challenge(id)))
                .isEmpty();
        assertThat(FollowUps.rebuild(first.challenge().id(), id -> track().challenge(id))).isEmpty();
    }

    @Test
    void aSkippedQuestionGetsNoFollowUp() {
        var first = next();
        var graded = answer(first.challenge(), first.reason(), 0.0, 1, "example");
        attempts.add(new dev.interviewcoach.api.Attempt(graded.id(), graded.learnerId(), graded.trackId(),
                graded.challengeId(), graded.conceptId(), graded.level(), graded.reason(),
                dev.interviewcoach.api.Answer.skip(), graded.grade(), graded.at()));
        assertThat(next().reason()).isNotEqualTo(StepReason.FOLLOW_UP);
    }

    @Test
    void aPassingAnswerGetsNoFollowUp() {
        var first = next();
        attempts.add(answer(first.challenge(), first.reason(), 0.8, 1, "example"));
        assertThat(next().reason()).isNotEqualTo(StepReason.FOLLOW_UP);
    }

    @Test
    void aFollowUpsGradeIsEvidenceForTheSameConceptAndRung() {
        var first = next();
        attempts.add(answer(first.challenge(), first.reason(), 0.3, 1, "point"));
        var followUp = next();
        var model = new LearnerModel(ProgressionFixtures.SCHEDULER, ZoneOffset.UTC);
        var before = state.mastery(first.challenge().conceptId(), first.challenge().level());
        var after = model.apply(state, followUp.challenge(), answer(followUp.challenge(), followUp.reason(), 0.9, 2),
                dev.interviewcoach.core.internal.LearnerFixtures.NOW).state();
        assertThat(after.mastery(first.challenge().conceptId(), first.challenge().level()).map(Mastery::evidenceCount))
                .contains(before.map(Mastery::evidenceCount).orElse(0) + 1);
    }

    @Test
    void twoFailuresInARowAtARungWhoseRungBelowAnswersBackBringADifferentChallengeWithAHint() {
        var first = next();
        attempts.add(answer(first.challenge(), first.reason(), 0.2, 1, "point"));
        var followUp = next();
        attempts.add(answer(followUp.challenge(), followUp.reason(), 0.1, 2, "point"));
        var recovery = next();
        assertThat(recovery.reason()).isEqualTo(StepReason.RECOVERY);
        assertThat(recovery.challenge().level()).isEqualTo(first.challenge().level());
        assertThat(recovery.challenge().id()).isNotEqualTo(first.challenge().id());
        assertThat(recovery.why()).contains("Hint: Think of the point.");
    }

    @Test
    void aRecoveryAfterAFollowUpThatMetPartOfItsPointSaysSoRatherThanTwoMisses() {
        var first = next();
        attempts.add(answer(first.challenge(), first.reason(), 0.2, 1, "point"));
        var followUp = next();
        var partly = new dev.interviewcoach.api.CriterionResult("point", dev.interviewcoach.api.CriterionOutcome.PARTLY_MET,
                0.5, List.of(), "");
        var half = answer(followUp.challenge(), followUp.reason(), 0.5, 2);
        attempts.add(new Attempt(half.id(), half.learnerId(), half.trackId(), half.challengeId(), half.conceptId(),
                half.level(), half.reason(), half.answer(), dev.interviewcoach.api.Grade.ok(0.5, List.of(partly), List.of(),
                        List.of(), "", "fake", "1"), half.at()));
        var recovery = next();
        assertThat(recovery.reason()).isEqualTo(StepReason.RECOVERY);
        assertThat(recovery.why()).contains("met part of its point").doesNotContain("misses in a row");
    }

    /** The learner with TRADEOFFS on http and rest held by placement alone, with no mastery there. */
    private LearnerState placedAtTradeoffsOnly() {
        return new LearnerState(state.learnerId(), state.trackId(), state.schemaVersion(), 0, state.profile(),
                state.mastery().stream().filter(m -> m.level() != ChallengeLevel.TRADEOFFS).toList(), List.of(),
                state.reviews(), List.of(new dev.interviewcoach.api.Placement("http",
                        java.util.Optional.of(ChallengeLevel.TRADEOFFS), 0.8, List.of("d1")),
                        new dev.interviewcoach.api.Placement("rest",
                                java.util.Optional.of(ChallengeLevel.TRADEOFFS), 0.8, List.of("d2"))),
                state.updatedAt());
    }

    @Test
    void twoFailuresInARowAboveARungOnlyAPlacementHoldsStepDown() {
        var placedOnly = placedAtTradeoffsOnly();
        var debug = track().challenges("http", ChallengeLevel.DEBUG);
        attempts.add(answer(debug.get(0), StepReason.PRACTICE, 0.2, 1, "point"));
        attempts.add(answer(debug.get(1), StepReason.PRACTICE, 0.2, 2, "point"));
        var recovery = progression.next(track(), placedOnly, attempts, TODAY).orElseThrow();
        assertThat(recovery.reason()).isEqualTo(StepReason.RECOVERY);
        assertThat(recovery.challenge().conceptId()).isEqualTo("http");
        assertThat(recovery.challenge().level()).isEqualTo(ChallengeLevel.TRADEOFFS);
        assertThat(recovery.why()).contains("step down");
    }

    @Test
    void aStepDownTakesAQuestionNeverAskedAndWhenTheRungBelowHasNoneANewOneAtTheSameRungWithAHint() {
        var placedOnly = placedAtTradeoffsOnly();
        int n = 1;
        for (var c : track().challenges("http", ChallengeLevel.TRADEOFFS)) {
            attempts.add(answer(c, StepReason.PRACTICE, 0.5, n++, "point")); // asked, not passed: not backed
        }
        for (var c : track().challenges("http", ChallengeLevel.DEFINE)) {
            attempts.add(answer(c, StepReason.PRACTICE, 0.9, n++));
        }
        var debug = track().challenges("http", ChallengeLevel.DEBUG);
        attempts.add(answer(debug.get(0), StepReason.PRACTICE, 0.2, n++, "point"));
        attempts.add(answer(debug.get(1), StepReason.PRACTICE, 0.2, n, "point"));
        var recovery = progression.next(track(), placedOnly, attempts, TODAY).orElseThrow();
        assertThat(recovery.reason()).isEqualTo(StepReason.RECOVERY);
        assertThat(recovery.challenge().id()).as(recovery.why()).isEqualTo(debug.get(2).id());
        assertThat(recovery.why()).contains("Hint:");
    }

    @Test
    void twoFailuresInARowAboveARungTheLearnerPassedThemselvesBringAHintNotAStepDown() {
        var placedOnly = placedAtTradeoffsOnly();
        attempts.add(answer(track().challenges("http", ChallengeLevel.TRADEOFFS).get(0), StepReason.PRACTICE, 0.7, 1));
        var debug = track().challenges("http", ChallengeLevel.DEBUG);
        attempts.add(answer(debug.get(0), StepReason.PRACTICE, 0.2, 2, "point"));
        attempts.add(answer(debug.get(1), StepReason.PRACTICE, 0.2, 3, "point"));
        var recovery = progression.next(track(), placedOnly, attempts, TODAY).orElseThrow();
        assertThat(recovery.reason()).isEqualTo(StepReason.RECOVERY);
        assertThat(recovery.challenge().level()).isEqualTo(ChallengeLevel.DEBUG);
        assertThat(recovery.challenge().id()).isEqualTo(debug.get(2).id());
        assertThat(recovery.why()).contains("Hint:");
    }

    @Test
    void whenTheRecoveryWithAHintMissesTooTheNextRecoveryStepsDownEvenToARungTheLearnerPassed() {
        var placedOnly = placedAtTradeoffsOnly();
        var tradeoffs = track().challenges("http", ChallengeLevel.TRADEOFFS);
        attempts.add(answer(tradeoffs.get(0), StepReason.PRACTICE, 0.7, 1));
        var debug = track().challenges("http", ChallengeLevel.DEBUG);
        attempts.add(answer(debug.get(0), StepReason.PRACTICE, 0.2, 2, "point"));
        var followUp = progression.next(track(), placedOnly, attempts, TODAY).orElseThrow();
        assertThat(followUp.reason()).isEqualTo(StepReason.FOLLOW_UP);
        attempts.add(answer(followUp.challenge(), followUp.reason(), 0.1, 3, "point"));
        var hinted = progression.next(track(), placedOnly, attempts, TODAY).orElseThrow();
        assertThat(hinted.challenge().level()).as("first, the same rung with a hint").isEqualTo(ChallengeLevel.DEBUG);
        assertThat(hinted.why()).contains("Hint:");
        attempts.add(answer(hinted.challenge(), hinted.reason(), 0.2, 4, "point"));
        assertThat(attempts.stream().map(a -> a.challengeId()).filter(id -> debug.stream().anyMatch(c -> c.id().equals(id))))
                .as("a question of the rung is still unasked").hasSizeLessThan(debug.size());

        var recovery = progression.next(track(), placedOnly, attempts, TODAY).orElseThrow();

        assertThat(recovery.reason()).isEqualTo(StepReason.RECOVERY);
        assertThat(recovery.challenge().level()).as(recovery.why()).isEqualTo(ChallengeLevel.TRADEOFFS);
        assertThat(recovery.challenge().id()).isNotEqualTo(tradeoffs.get(0).id());
        assertThat(recovery.why()).contains("3 misses in a row").contains("a step down to TRADEOFFS")
                .doesNotContain("every question of this rung");
    }

    @Test
    void twoFailuresInARowOnARungWhoseQuestionsWereAllAskedBringANewQuestionARungDownNotAnOldOneAgain() {
        var placedOnly = placedAtTradeoffsOnly();
        var tradeoffs = track().challenges("http", ChallengeLevel.TRADEOFFS);
        attempts.add(answer(tradeoffs.get(0), StepReason.PRACTICE, 0.7, 1));
        var debug = track().challenges("http", ChallengeLevel.DEBUG);
        int n = 2;
        for (var c : debug) {
            attempts.add(answer(c, StepReason.PRACTICE, 0.2, n++, "point"));
        }

        var next = progression.next(track(), placedOnly, attempts, TODAY).orElseThrow();

        assertThat(debug).extracting(dev.interviewcoach.api.Challenge::id).doesNotContain(next.challenge().id());
        if (next.reason() == StepReason.RECOVERY) {
            assertThat(next.challenge().level()).isEqualTo(ChallengeLevel.TRADEOFFS);
            assertThat(next.challenge().id()).isNotEqualTo(tradeoffs.get(0).id());
        }
    }

    @Test
    void afterRepeatedFailureTheRungNeverGoesUp() {
        var state12 = holding(2, 2);
        for (int i = 0; i < 30; i++) {
            var choice = progression.next(track(), state12, attempts, TODAY).orElseThrow();
            if (!attempts.isEmpty() && !attempts.get(attempts.size() - 1).conceptId().equals(choice.challenge().conceptId())) {
                attempts.add(answer(choice.challenge(), choice.reason(), 0.1, i, "point"));
                continue;
            }
            if (attempts.size() >= 2) {
                var last = attempts.get(attempts.size() - 1);
                assertThat(choice.challenge().level().compareTo(last.level())).as("step %d after failures", i)
                        .isLessThanOrEqualTo(0);
            }
            attempts.add(answer(choice.challenge(), choice.reason(), 0.1, i, "point"));
        }
    }

    @Test
    void aLearnerWhoMissesEveryAnswerOnAConceptIsGivenAnotherAfterSixMissesNotRecoveriesWithoutEnd() {
        var concepts = new ArrayList<String>();
        var whys = new ArrayList<String>();
        for (int i = 0; i < 24; i++) {
            var choice = next();
            concepts.add(choice.challenge().conceptId());
            whys.add(choice.why());
            attempts.add(answer(choice.challenge(), choice.reason(), 0.1, i, "point"));
        }
        int run = 1;
        int longest = 1;
        for (int i = 1; i < concepts.size(); i++) {
            run = concepts.get(i).equals(concepts.get(i - 1)) ? run + 1 : 1;
            longest = Math.max(longest, run);
        }
        assertThat(longest).as("steps in a row on one concept, in %s", concepts).isEqualTo(Practice.PARK_MISSES);
        assertThat(concepts).contains("http", "rest");
        assertThat(whys.get(Practice.PARK_MISSES)).startsWith("A break from HTTP after several misses in a row");
        assertThat(concepts.subList(2 * Practice.PARK_MISSES, 2 * Practice.PARK_MISSES + 2))
                .as("with both concepts parked, the one left longer ago comes first, then they take turns")
                .containsExactly("http", "rest");
    }

    @Test
    void sixMissesSinceTheLastPassParkAConceptThoughAPassCameBeforeThem() {
        var debug = track().challenges("http", ChallengeLevel.DEBUG);
        attempts.add(answer(debug.get(0), StepReason.PRACTICE, 0.9, 0));
        for (int i = 1; i <= Practice.PARK_MISSES; i++) {
            attempts.add(answer(debug.get(i % 3), StepReason.RECOVERY, 0.1, i, "point"));
        }
        var choice = next();
        assertThat(choice.challenge().conceptId()).isEqualTo("rest");
        assertThat(choice.why()).startsWith("A break from HTTP");
    }
}

package dev.interviewcoach.core.internal.progression;

import static dev.interviewcoach.core.internal.progression.ProgressionFixtures.TODAY;
import static dev.interviewcoach.core.internal.progression.ProgressionFixtures.answer;
import static dev.interviewcoach.core.internal.progression.ProgressionFixtures.bossAnswer;
import static dev.interviewcoach.core.internal.progression.ProgressionFixtures.card;
import static dev.interviewcoach.core.internal.progression.ProgressionFixtures.holding;
import static dev.interviewcoach.core.internal.progression.ProgressionFixtures.progression;
import static dev.interviewcoach.core.internal.progression.ProgressionFixtures.track;
import static dev.interviewcoach.core.internal.progression.ProgressionFixtures.withCards;
import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.api.Attempt;
import dev.interviewcoach.api.ChallengeLevel;
import dev.interviewcoach.api.LearnerState;
import dev.interviewcoach.api.Placement;
import dev.interviewcoach.api.StepReason;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The boss opens on confirmed, fresh DESIGN everywhere it covers, and returns when its weakest concept improves. */
class BossGateTests {
    private final Progression progression = progression();

    /** A passing answer at DESIGN on each concept the boss covers, as the recent history. */
    private static List<Attempt> recentDesignPasses() {
        return List.of(answer(track().challenges("http", ChallengeLevel.DESIGN).get(0), StepReason.PRACTICE, 0.9, 1),
                answer(track().challenges("rest", ChallengeLevel.DESIGN).get(0), StepReason.PRACTICE, 0.9, 2));
    }

    @Test
    void confirmedFreshDesignOnEveryCoveredConceptWithARecentPassOnEachOpensTheBoss() {
        assertThat(progression.next(track(), holding(4, 4), recentDesignPasses(), TODAY).orElseThrow().reason())
                .isEqualTo(StepReason.BOSS);
    }

    @Test
    void aCoveredConceptWithoutARecentPassAtTheBossRungIsCheckedBeforeTheBossOpens() {
        var onlyHttp = List.of(recentDesignPasses().get(0));
        var choice = progression.next(track(), holding(4, 4), onlyHttp, TODAY).orElseThrow();
        assertThat(choice.reason()).isEqualTo(StepReason.PRACTICE);
        var attempts = new ArrayList<>(onlyHttp);
        attempts.add(answer(track().challenges("rest", ChallengeLevel.DESIGN).get(1), StepReason.PRACTICE, 0.9, 3));
        assertThat(progression.next(track(), holding(4, 4), attempts, TODAY).orElseThrow().reason())
                .isEqualTo(StepReason.BOSS);
    }

    @Test
    void aPassOlderThanTheWarmUpBeforeTheBossIsCheckedAgainFirst() {
        var attempts = new ArrayList<>(recentDesignPasses());
        // the boss covers two concepts, so its warm-up is the last four attempts: the HTTP pass falls out
        attempts.add(answer(track().challenges("rest", ChallengeLevel.PRESSURE).get(0), StepReason.PRACTICE, 0.9, 3));
        attempts.add(answer(track().challenges("rest", ChallengeLevel.PRESSURE).get(1), StepReason.PRACTICE, 0.9, 4));
        attempts.add(answer(track().challenges("rest", ChallengeLevel.DESIGN).get(1), StepReason.PRACTICE, 0.9, 5));

        var choice = progression.next(track(), holding(4, 4), attempts, TODAY).orElseThrow();

        assertThat(choice.reason()).isEqualTo(StepReason.PRACTICE);
        assertThat(choice.challenge().conceptId()).isEqualTo("http");
        assertThat(choice.challenge().level()).isEqualTo(ChallengeLevel.DESIGN);
        attempts.add(answer(choice.challenge(), choice.reason(), 0.9, 6));
        assertThat(progression.next(track(), holding(4, 4), attempts, TODAY).orElseThrow().reason())
                .isEqualTo(StepReason.BOSS);
    }

    @Test
    void theStepThatChecksAConceptAgainBeforeTheBossSaysWhichOfItsLastTwoAnswersMissedAndHowFarTheWarmUpHasGone() {
        var attempts = new ArrayList<>(recentDesignPasses());
        // rest: a miss at PRESSURE, then a pass at DESIGN: the pass is recent, but one of the last two missed
        attempts.add(answer(track().challenges("rest", ChallengeLevel.PRESSURE).get(0), StepReason.PRACTICE, 0.2, 3));
        attempts.add(answer(track().challenges("rest", ChallengeLevel.DESIGN).get(1), StepReason.PRACTICE, 0.9, 4));

        var choice = progression.next(track(), holding(4, 4), attempts, TODAY).orElseThrow();

        assertThat(choice.reason()).isEqualTo(StepReason.PRACTICE);
        assertThat(choice.challenge().conceptId()).isEqualTo("rest");
        assertThat(choice.why()).contains("your last answer there or above passed but the one before it did not")
                .doesNotContain("yours is older")
                .contains("Warm-up for the boss question: 1 of its 2 concepts have a recent passing answer at DESIGN");
    }

    @Test
    void aConceptWithNoPracticeAnswerAtTheBossRungIsNotToldItsAnswerThereIsOlder() {
        // rest was placed by the diagnosis only: its answers there do not count for the warm-up
        var attempts = new ArrayList<Attempt>();
        attempts.add(recentDesignPasses().get(0));
        attempts.add(answer(track().challenges("rest", ChallengeLevel.PRESSURE).get(0), StepReason.DIAGNOSTIC, 0.9, 2));

        var choice = progression.next(track(), holding(4, 4), attempts, TODAY).orElseThrow();

        assertThat(choice.challenge().conceptId()).isEqualTo("rest");
        assertThat(choice.why()).doesNotContain("again").doesNotContain("yours is older")
                .contains("among your latest practice answers (the diagnosis's do not count); you have none yet outside the diagnosis");
    }

    /** What a store would say about answers before the recent ones: the given boss answer, counting the questions. */
    private static final class Earlier implements EarlierAttempts {
        private final Optional<Attempt> boss;
        int asked;

        Earlier(Optional<Attempt> boss) {
            this.boss = boss;
        }

        @Override
        public Optional<Attempt> lastScored(String challengeId) {
            asked++;
            return boss.filter(b -> b.challengeId().equals(challengeId));
        }
    }

    private Optional<Progression.Choice> next(LearnerState state, List<Attempt> recent, EarlierAttempts earlier) {
        return progression.next(TrackIndex.of(track()), state, recent, earlier, TODAY, Optional.empty());
    }

    @Test
    void aBossPassedBeforeTheRecentAttemptsDoesNotComeBack() {
        var earlier = new Earlier(Optional.of(bossAnswer(0.9, 0.9, 0)));
        assertThat(next(holding(4, 4), recentDesignPasses(), earlier).orElseThrow().reason())
                .isNotEqualTo(StepReason.BOSS);
        assertThat(next(holding(4, 4), recentDesignPasses(), new Earlier(Optional.empty())).orElseThrow().reason())
                .isEqualTo(StepReason.BOSS);
    }

    @Test
    void aBossFailedBeforeTheRecentAttemptsWaitsForItsWeakestConceptToImproveAmongThem() {
        var earlier = new Earlier(Optional.of(bossAnswer(0.8, 0.3, 0)));
        var choice = next(holding(4, 4), recentDesignPasses().subList(0, 1), earlier).orElseThrow();
        assertThat(choice.reason()).isEqualTo(StepReason.PRACTICE);
        assertThat(choice.challenge().conceptId()).isEqualTo("rest");
        assertThat(choice.why()).contains("weakest on REST");
        assertThat(next(holding(4, 4), recentDesignPasses(), earlier).orElseThrow().reason())
                .as("a pass on REST at DESIGN among the recent attempts").isEqualTo(StepReason.BOSS);
    }

    @Test
    void earlierAnswersAreLookedUpOnlyForABossTheLearnerMayHaveAnsweredAndNotFoundAmongTheRecentOnes() {
        var earlier = new Earlier(Optional.empty());
        next(holding(2, 2), List.of(), earlier);
        assertThat(earlier.asked).as("no mastery record at the boss's rung: never answered").isZero();
        var withBoss = new ArrayList<>(recentDesignPasses());
        withBoss.add(bossAnswer(0.9, 0.9, 3));
        next(holding(4, 4), withBoss, earlier);
        assertThat(earlier.asked).as("answered among the recent attempts").isZero();
        next(holding(4, 4), recentDesignPasses(), earlier);
        assertThat(earlier.asked).as("once per choice").isEqualTo(1);
    }

    @Test
    void aPlacementAloneNeverOpensTheBoss() {
        var state = holding(3, 4);
        var placed = new LearnerState(state.learnerId(), state.trackId(), state.schemaVersion(), 0, state.profile(),
                state.mastery(), List.of(), state.reviews(),
                List.of(new Placement("http", Optional.of(ChallengeLevel.PRESSURE), 0.9, List.of("d1")),
                        new Placement("rest", Optional.of(ChallengeLevel.PRESSURE), 0.9, List.of("d2"))),
                state.updatedAt());
        var choice = progression.next(track(), placed, List.of(), TODAY).orElseThrow();
        assertThat(choice.reason()).isEqualTo(StepReason.PRACTICE);
        assertThat(choice.challenge().conceptId()).isEqualTo("http");
        assertThat(choice.challenge().level()).isEqualTo(ChallengeLevel.DESIGN);
        assertThat(choice.why()).contains("confirmed");
    }

    @Test
    void aStaleHoldIsReCheckedBeforeTheBossOpens() {
        var stale = withCards(holding(4, 4), List.of(card("rest", ChallengeLevel.DESIGN, TODAY.minusDays(90),
                TODAY.minusDays(10))));
        var choice = progression.next(track(), stale, List.of(), TODAY).orElseThrow();
        assertThat(choice.reason()).isEqualTo(StepReason.REVIEW);
        assertThat(choice.challenge().conceptId()).isEqualTo("rest");
        var attempts = List.of(answer(choice.challenge(), choice.reason(), 0.9, 1),
                answer(track().challenges("rest", ChallengeLevel.DESIGN).get(1), StepReason.REVIEW, 0.9, 2));
        assertThat(progression.next(track(), stale, attempts, TODAY).orElseThrow().reason())
                .as("the card is still stale in this state, so reviewing it again beats the boss")
                .isNotEqualTo(StepReason.BOSS);
    }

    @Test
    void afterABossAnswerTheWeakestConceptComesNextAndTheBossWaitsForItToImprove() {
        var state = holding(5, 5);
        var attempts = new ArrayList<Attempt>();
        attempts.add(answer(track().challenges("http", ChallengeLevel.DESIGN).get(0), StepReason.PRACTICE, 0.9, 0));
        attempts.add(bossAnswer(0.8, 0.3, 1));
        for (int i = 0; i < 6; i++) {
            var choice = progression.next(track(), state, attempts, TODAY).orElseThrow();
            assertThat(choice.reason()).as("step %d", i).isNotEqualTo(StepReason.BOSS);
            if (i == 0) {
                assertThat(choice.challenge().conceptId()).isEqualTo("rest");
                assertThat(choice.why()).contains("weakest on REST");
            }
            attempts.add(answer(choice.challenge(), choice.reason(), 0.4, i + 2, "point"));
        }
        var practice = progression.next(track(), state, attempts, TODAY).orElseThrow();
        attempts.add(answer(track().challenges("rest", ChallengeLevel.DESIGN).get(2), StepReason.PRACTICE, 0.9, 20));
        assertThat(progression.next(track(), state, attempts, TODAY).orElseThrow().reason())
                .as("one pass after failures at the boss rung is not yet enough").isNotEqualTo(StepReason.BOSS);
        attempts.add(answer(track().challenges("rest", ChallengeLevel.PRESSURE).get(2), StepReason.PRACTICE, 0.9, 21));
        attempts.add(answer(track().challenges("http", ChallengeLevel.DESIGN).get(1), StepReason.PRACTICE, 0.9, 22));
        assertThat(progression.next(track(), state, attempts, TODAY).orElseThrow().reason()).isEqualTo(StepReason.BOSS);
        assertThat(practice.reason()).isNotEqualTo(StepReason.BOSS);
    }

    @Test
    void aBossMissedTwiceInARowWaitsForTwoPassesOnItsWeakestConceptWhereOnceItWaitedForOne() {
        var state = holding(5, 5);
        var http = track().challenges("http", ChallengeLevel.DESIGN);
        var rest = track().challenges("rest", ChallengeLevel.DESIGN);
        var attempts = new ArrayList<Attempt>();
        attempts.add(answer(http.get(0), StepReason.PRACTICE, 0.9, 0));
        attempts.add(bossAnswer(0.8, 0.3, 1));
        attempts.add(answer(rest.get(0), StepReason.PRACTICE, 0.9, 2));
        attempts.add(answer(http.get(1), StepReason.PRACTICE, 0.9, 3));
        assertThat(progression.next(track(), state, attempts, TODAY).orElseThrow().reason())
                .as("after one miss, one pass on the weakest concept").isEqualTo(StepReason.BOSS);

        attempts.add(bossAnswer(0.8, 0.3, 4));
        attempts.add(answer(rest.get(1), StepReason.PRACTICE, 0.9, 5));
        attempts.add(answer(http.get(2), StepReason.PRACTICE, 0.9, 6));
        var afterOne = progression.next(track(), state, attempts, TODAY).orElseThrow();
        assertThat(afterOne.reason()).as("after two misses in a row, one pass is not enough").isEqualTo(StepReason.PRACTICE);
        assertThat(afterOne.challenge().conceptId()).isEqualTo("rest");
        attempts.add(answer(rest.get(2), StepReason.PRACTICE, 0.9, 7));
        assertThat(progression.next(track(), state, attempts, TODAY).orElseThrow().reason()).isEqualTo(StepReason.BOSS);
    }

    @Test
    void theConceptAWaitingBossIsWeakestOnComesFirstEvenWhenEachOfItsQuestionsWasAsked() {
        var rest = track().challenges("rest", ChallengeLevel.DESIGN);
        var attempts = new ArrayList<Attempt>();
        // HTTP's pass falls out of the warm-up, so HTTP has new questions to confirm the boss rung with
        attempts.add(answer(track().challenges("http", ChallengeLevel.DESIGN).get(0), StepReason.PRACTICE, 0.9, 0));
        for (int i = 0; i < rest.size(); i++) {
            attempts.add(answer(rest.get(i), StepReason.PRACTICE, 0.9, i + 1));
        }
        attempts.add(answer(track().challenges("rest", ChallengeLevel.PRESSURE).get(0), StepReason.PRACTICE, 0.9, 4));
        attempts.add(bossAnswer(0.8, 0.3, 5));

        var choice = progression.next(track(), holding(5, 5), attempts, TODAY).orElseThrow();

        assertThat(choice.reason()).isEqualTo(StepReason.PRACTICE);
        assertThat(choice.challenge().conceptId()).isEqualTo("rest");
        assertThat(choice.challenge().level()).isEqualTo(ChallengeLevel.DESIGN);
        assertThat(choice.why()).contains("weakest on REST", "asked longest ago");
    }
}

package dev.interviewcoach.core.internal.progression;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.api.Attempt;
import dev.interviewcoach.api.ChallengeLevel;
import dev.interviewcoach.api.LearnerState;
import dev.interviewcoach.api.Mastery;
import dev.interviewcoach.api.MasteryStatus;
import dev.interviewcoach.api.Placement;
import dev.interviewcoach.api.ReviewCard;
import dev.interviewcoach.api.StepReason;
import dev.interviewcoach.core.internal.BossFixtures;
import dev.interviewcoach.core.internal.LearnerFixtures;
import dev.interviewcoach.core.internal.diagnosis.Diagnosis;
import dev.interviewcoach.core.internal.diagnosis.DiagnosisModel;
import dev.interviewcoach.core.internal.memory.Fsrs;
import dev.interviewcoach.core.internal.memory.ReviewScheduler;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The boss question unlocks when every concept it covers is stable, and not before. */
class BossUnlockTests {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private final Progression progression = new Progression(
            new Diagnosis(DiagnosisModel.standard(), Diagnosis.Policy.standard()), new ReviewScheduler(Fsrs.defaults(), 0.9));

    private static LearnerState holding(List<String> stableConcepts) {
        return holding(stableConcepts, List.of());
    }

    private static LearnerState holding(List<String> stableConcepts, List<ReviewCard> cards) {
        var mastery = new ArrayList<Mastery>();
        for (String c : stableConcepts) {
            for (var level : List.of(ChallengeLevel.DEFINE, ChallengeLevel.TRADEOFFS, ChallengeLevel.DEBUG,
                    ChallengeLevel.DESIGN)) {
                mastery.add(new Mastery(c, level, 0.95, 4, MasteryStatus.MASTERED, List.of()));
            }
        }
        var placements = BossFixtures.CONCEPTS.stream()
                .map(c -> new Placement(c, Optional.empty(), 0.5, List.of())).toList();
        var initial = LearnerFixtures.initial();
        return new LearnerState(initial.learnerId(), initial.trackId(), initial.schemaVersion(), 0, initial.profile(),
                mastery, List.of(), cards, placements, LearnerFixtures.NOW);
    }

    @Test
    void theBossIsAskedOnceEveryConceptItCoversHoldsDesignByConfirmedMasteryAndARecentPass() {
        var recent = new ArrayList<Attempt>();
        for (String c : BossFixtures.CONCEPTS) {
            var design = BossFixtures.track().challenges(c, ChallengeLevel.DESIGN).get(0);
            recent.add(LearnerFixtures.attempt("p-" + c, design, 0.9, LearnerFixtures.NOW));
        }
        var choice = progression.next(BossFixtures.track(), holding(BossFixtures.CONCEPTS), recent, TODAY).orElseThrow();
        assertThat(choice.reason()).isEqualTo(StepReason.BOSS);
        assertThat(choice.challenge().id()).isEqualTo("boss.mini");
    }

    @Test
    void theBossStaysLockedWhileOneCoveredConceptIsNotStable() {
        var choice = progression.next(BossFixtures.track(), holding(List.of("http", "rest")), List.of(), TODAY).orElseThrow();
        assertThat(choice.reason()).isEqualTo(StepReason.PRACTICE);
        assertThat(choice.challenge().conceptId()).isEqualTo("databases");
    }

    @Test
    void aBossAnsweredRecentlyIsNotAskedAgainStraightAway() {
        var boss = BossFixtures.boss();
        Attempt recent = LearnerFixtures.attempt("b1", boss, 0.4, LearnerFixtures.NOW);
        var choice = progression.next(BossFixtures.track(), holding(BossFixtures.CONCEPTS), List.of(recent), TODAY).orElseThrow();
        assertThat(choice.reason()).isEqualTo(StepReason.PRACTICE);
    }

    @Test
    void aCoveredConceptWhoseYoungCardWasLastRecalledYesterdayIsAnsweredAgainBeforeTheBoss() {
        var scheduler = new ReviewScheduler(Fsrs.defaults(), 0.9);
        var recent = new ArrayList<Attempt>();
        var cards = new ArrayList<ReviewCard>();
        for (String c : BossFixtures.CONCEPTS) {
            var design = BossFixtures.track().challenges(c, ChallengeLevel.DESIGN).get(0);
            // databases answered first, so its question may come again now
            recent.add(0, LearnerFixtures.attempt("p-" + c, design, 0.9, LearnerFixtures.NOW));
            cards.add(new ReviewCard(c, ChallengeLevel.DESIGN, 30, 5, TODAY, TODAY.plusDays(30), 3, 0));
        }
        // databases' design card is two days old in stability and was last reviewed yesterday: not due,
        // and above the retention reviews aim for, but below the boss's
        var young = new ReviewCard("databases", ChallengeLevel.DESIGN, 2.0, 5, TODAY.minusDays(1), TODAY.plusDays(1), 1, 0);
        cards.set(BossFixtures.CONCEPTS.indexOf("databases"), young);
        assertThat(scheduler.retrievability(young, TODAY)).isBetween(0.9, BossGate.BOSS_RECALL);

        var choice = progression.next(BossFixtures.track(), holding(BossFixtures.CONCEPTS, cards), recent, TODAY)
                .orElseThrow();

        assertThat(choice.reason()).isNotEqualTo(StepReason.BOSS);
        assertThat(choice.challenge().conceptId()).isEqualTo("databases");
        assertThat(choice.challenge().level()).isEqualTo(ChallengeLevel.DESIGN);
    }
}

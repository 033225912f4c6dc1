package dev.interviewcoach.core.internal.learner;

import static dev.interviewcoach.core.internal.LearnerFixtures.NOW;
import static dev.interviewcoach.core.internal.LearnerFixtures.attempt;
import static dev.interviewcoach.core.internal.LearnerFixtures.challenge;
import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.api.ChallengeLevel;
import dev.interviewcoach.api.Grade;
import dev.interviewcoach.api.MasteryStatus;
import dev.interviewcoach.api.Placement;
import dev.interviewcoach.api.StepReason;
import dev.interviewcoach.core.internal.LearnerFixtures;
import dev.interviewcoach.core.internal.memory.Fsrs;
import dev.interviewcoach.core.internal.memory.ReviewScheduler;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Placement and mastery agree: a rung the placement holds is never marked not mastered by a passing answer. */
class PlacementAgreementTests {
    private final LearnerModel model = new LearnerModel(new ReviewScheduler(Fsrs.defaults(), 0.9), ZoneOffset.UTC);
    private final List<Placement> placedAtTradeoffs =
            List.of(new Placement("http", Optional.of(ChallengeLevel.TRADEOFFS), 0.8, List.of("d1", "d2")));

    private static Grade scored(double score) {
        return Grade.ok(score, List.of(), List.of(), List.of(), "", "fake", "1");
    }

    @Test
    void diagnosticAnswersAreReplayedFromThePlacementSoAPassLeavesNoPlacedRungNotMastered() {
        var define = challenge(ChallengeLevel.DEFINE);
        var a1 = attempt("d1", define, scored(0.1), NOW, StepReason.DIAGNOSTIC);
        var a2 = attempt("d2", define, scored(0.62), NOW, StepReason.DIAGNOSTIC);
        var state = model.apply(LearnerFixtures.initial(), define, a1, NOW).state();
        state = model.apply(state, define, a2, NOW).state();
        assertThat(state.mastery("http", ChallengeLevel.DEFINE).orElseThrow().status())
                .as("from the unplaced prior: the pass raised the estimate, so it claims nothing worse")
                .isEqualTo(MasteryStatus.TENTATIVE);

        var placed = model.place(state, placedAtTradeoffs, List.of(a1, a2), NOW);
        var m = placed.mastery("http", ChallengeLevel.DEFINE).orElseThrow();
        assertThat(m.status()).isNotEqualTo(MasteryStatus.NOT_MASTERED);
        assertThat(m.evidenceCount()).isEqualTo(2);
        assertThat(m.recentAttemptIds()).containsExactly("d1", "d2");
    }

    @Test
    void aPassingPracticeAnswerNeverMarksAPlacedRungNotMastered() {
        var define = challenge(ChallengeLevel.DEFINE);
        var placed = model.place(LearnerFixtures.initial(), placedAtTradeoffs, List.of(), NOW);
        var state = placed;
        for (int i = 0; i < 4; i++) {
            state = model.apply(state, define, attempt("f" + i, define, scored(0.0), NOW, StepReason.PRACTICE), NOW).state();
        }
        assertThat(state.mastery("http", ChallengeLevel.DEFINE).orElseThrow().status()).isEqualTo(MasteryStatus.NOT_MASTERED);
        state = model.apply(state, define, attempt("p", define, scored(0.61), NOW, StepReason.PRACTICE), NOW).state();
        assertThat(state.mastery("http", ChallengeLevel.DEFINE).orElseThrow().status()).isNotEqualTo(MasteryStatus.NOT_MASTERED);
    }
}

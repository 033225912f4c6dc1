package dev.interviewcoach.core.internal.progression;

import static dev.interviewcoach.core.internal.progression.ProgressionFixtures.TODAY;
import static dev.interviewcoach.core.internal.progression.ProgressionFixtures.answer;
import static dev.interviewcoach.core.internal.progression.ProgressionFixtures.holding;
import static dev.interviewcoach.core.internal.progression.ProgressionFixtures.progression;
import static dev.interviewcoach.core.internal.progression.ProgressionFixtures.track;
import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.api.Attempt;
import dev.interviewcoach.api.LearnerState;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A learner's focus on a concept (such as a company's own, in a track layered over the backend track)
 * brings that concept's questions not yet asked first, even where the learner already holds the concept.
 */
class FocusTests {
    private final Progression progression = progression();

    /** http held through PRESSURE, rest not started: rest's frontier comes first without a focus. */
    private static LearnerState httpHeld() {
        return holding(5, 0);
    }

    @Test
    void withoutAFocusPracticeGoesToTheLowestFrontier() {
        var choice = progression.next(track(), httpHeld(), List.of(), TODAY).orElseThrow();
        assertThat(choice.challenge().conceptId()).isEqualTo("rest");
    }

    @Test
    void aFocusOnAConceptTheLearnerHoldsBringsItsQuestionsNotYetAskedFirst() {
        var state = httpHeld().withProfile(httpHeld().profile().withFocusConcepts(List.of("http")));
        var attempts = new ArrayList<Attempt>();
        for (int i = 0; i < 6; i++) {
            var choice = progression.next(track(), state, attempts, TODAY).orElseThrow();
            assertThat(choice.challenge().conceptId()).as("step %d", i + 1).isEqualTo("http");
            assertThat(choice.why()).startsWith("Your focus: HTTP at ");
            attempts.add(answer(choice.challenge(), choice.reason(), 0.9, i));
        }
        assertThat(attempts).extracting(Attempt::challengeId).doesNotHaveDuplicates();
    }

    @Test
    void aFocusOnAConceptGoesToItsRungTheLearnersAnswersHaveNotConfirmedBeforeConfirmedRungsEvenWithItsQuestionsUsedUp() {
        var held = httpHeld();
        var design = dev.interviewcoach.api.ChallengeLevel.DESIGN;
        // DESIGN held on two answers at 0.82, not confirmed; every other rung of http confirmed at 0.95
        var mastery = new ArrayList<>(held.mastery());
        mastery.removeIf(m -> m.conceptId().equals("http") && m.level() == design);
        mastery.add(new dev.interviewcoach.api.Mastery("http", design, 0.82, 2,
                dev.interviewcoach.api.MasteryStatus.TENTATIVE, List.of()));
        var state = new LearnerState(held.learnerId(), held.trackId(), held.schemaVersion(), 0,
                held.profile().withFocusConcepts(List.of("http")), mastery, List.of(), held.reviews(), held.placements(),
                held.updatedAt());
        var attempts = new ArrayList<Attempt>();
        for (var c : track().challenges("http", design)) {
            attempts.add(answer(c, dev.interviewcoach.api.StepReason.PRACTICE, 0.9, attempts.size()));
            attempts.add(answer(track().challenges("rest", dev.interviewcoach.api.ChallengeLevel.DEFINE).get(0),
                    dev.interviewcoach.api.StepReason.PRACTICE, 0.9, attempts.size()));
        }
        var choice = progression.next(track(), state, attempts, TODAY).orElseThrow();
        assertThat(choice.challenge().conceptId()).isEqualTo("http");
        assertThat(choice.challenge().level()).as(choice.why()).isEqualTo(design);
        assertThat(choice.why()).startsWith("Your focus: HTTP at DESIGN, where your own answers have not confirmed it yet.");
    }

    @Test
    void aFocusNeverClimbsAboveTheFrontierWhenTheFrontiersQuestionsAreUsedUp() {
        var state = holding(5, 0).withProfile(holding(5, 0).profile().withFocusConcepts(List.of("rest")));
        var attempts = new ArrayList<Attempt>();
        for (var c : track().challenges("rest", dev.interviewcoach.api.ChallengeLevel.DEFINE)) {
            attempts.add(answer(c, dev.interviewcoach.api.StepReason.PRACTICE, 0.2, attempts.size(), "point"));
            attempts.add(answer(track().challenges("http", dev.interviewcoach.api.ChallengeLevel.PRESSURE).get(0),
                    dev.interviewcoach.api.StepReason.REVIEW, 0.9, attempts.size()));
        }
        var choice = progression.next(track(), state, attempts, TODAY).orElseThrow();
        assertThat(choice.challenge().conceptId()).isEqualTo("rest");
        assertThat(choice.challenge().level()).as(choice.why()).isEqualTo(dev.interviewcoach.api.ChallengeLevel.DEFINE);
    }

    @Test
    void aClimbOnARungHeldByOnePassingAnswerSaysSoAndAClimbOnASolidRungDoesNot() {
        var onePass = holding(5, 0); // rest: nothing held; one passing DEFINE answer lets it climb to TRADEOFFS
        var passed = List.of(answer(track().challenges("rest", dev.interviewcoach.api.ChallengeLevel.DEFINE).get(0),
                dev.interviewcoach.api.StepReason.PRACTICE, 0.9, 0));
        var climb = progression.next(track(), onePass, passed, TODAY).orElseThrow();
        assertThat(climb.challenge().level()).isEqualTo(dev.interviewcoach.api.ChallengeLevel.TRADEOFFS);
        assertThat(climb.why()).contains("Your last answer at the rung below, DEFINE, passed: enough to go on, though its "
                + "estimate is not yet firm, so the report counts it as held only once");

        var solid = holding(5, 1); // rest's DEFINE confirmed: nothing to explain
        var next = progression.next(track(), solid, List.of(), TODAY).orElseThrow();
        assertThat(next.challenge().level()).isEqualTo(dev.interviewcoach.api.ChallengeLevel.TRADEOFFS);
        assertThat(next.why()).doesNotContain("the rung below");
    }
}

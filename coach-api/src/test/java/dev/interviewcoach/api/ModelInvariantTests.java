package dev.interviewcoach.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The model refuses invalid values at the door, so nothing downstream has to re-check them. */
class ModelInvariantTests {
    private static Rubric rubric() {
        return Rubric.of(List.of(Criterion.of("point", 1, "Makes the point.", List.of(Evidence.of("point")))));
    }

    @Test
    void aGradeHasAScoreExactlyWhenItsStatusIsOk() {
        assertThatThrownBy(() -> new Grade(GradeStatus.ERROR, OptionalDouble.of(0), List.of(), List.of(), List.of(), "",
                "g", "1", Optional.empty(), Optional.empty())).hasMessageContaining("score must be present exactly");
        assertThatThrownBy(() -> Grade.ok(1.5, List.of(), List.of(), List.of(), "", "g", "1")).hasMessageContaining("[0, 1]");
        assertThat(Grade.error("g", "1", "boom").score()).isEmpty();
        assertThat(Grade.abstain("g", "1", "no rubric").isScored()).isFalse();
    }

    @Test
    void aGradeSignedByAnotherGraderChangesOnlyItsSignature() {
        var inner = Grade.ok(0.7, List.of(), List.of(), List.of(), "well done", "inner", "1").withMessage("note");
        var signed = inner.signedBy("wrapper", "2.0");
        assertThat(signed.graderId()).isEqualTo("wrapper");
        assertThat(signed.graderVersion()).isEqualTo("2.0");
        assertThat(signed.signedBy("inner", "1")).isEqualTo(inner);
        assertThatThrownBy(() -> inner.signedBy(" ", "1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aScoreBandIsClosedAtTheBottomAndAsDeclaredAtTheTop() {
        assertThat(SampleKind.WEAK.defaultBand().contains(0.35)).isFalse();
        assertThat(SampleKind.WEAK.defaultBand().contains(0.0)).isTrue();
        assertThat(SampleKind.PARTIAL.defaultBand().contains(0.75)).isTrue();
        assertThat(SampleKind.fromExternalName("keyword-stuffed")).isEqualTo(SampleKind.KEYWORD_STUFFED);
        assertThatThrownBy(() -> ScoreBand.closed(0.6, 0.2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRubricWithDimensionsNeedsEveryCriterionInOne() {
        var loose = Criterion.of("a", 1, "A.", List.of(Evidence.of("a")));
        assertThatThrownBy(() -> new Rubric(List.of(loose), List.of(new Dimension("api", "API", List.of("http"), 1))))
                .hasMessageContaining("must name one of the dimensions");
    }

    @Test
    void aChallengeRejectsAFollowUpToNoCriterionTwoOnOneAndASampleOfAnUnknownMisconception() {
        assertThatThrownBy(() -> new Challenge("x.define.a", "x", ChallengeLevel.DEFINE, "x.t", List.of(), Prompt.of("Q?"),
                rubric(), List.of(), "A.", List.of(), List.of(new FollowUp("nope", "Why?")), List.of(), List.of()))
                .hasMessageContaining("names no criterion 'nope'");
        assertThatThrownBy(() -> new Challenge("x.define.a", "x", ChallengeLevel.DEFINE, "x.t", List.of(), Prompt.of("Q?"),
                rubric(), List.of(), "A.", List.of(), List.of(new FollowUp("point", "Why?"), new FollowUp("point", "How?")),
                List.of(), List.of()))
                .hasMessageContaining("a second follow-up of x.define.a on criterion 'point'");
        var sample = new CalibrationSample(SampleKind.MISCONCEPTION, "text", SampleKind.MISCONCEPTION.defaultBand(),
                Optional.of("ghost"), java.util.Map.of());
        assertThatThrownBy(() -> new Challenge("x.define.a", "x", ChallengeLevel.DEFINE, "x.t", List.of(), Prompt.of("Q?"),
                rubric(), List.of(), "A.", List.of(), List.of(), List.of(), List.of(sample)))
                .hasMessageContaining("names no misconception 'ghost'");
    }

    @Test
    void aFollowUpChallengeAsksTheFollowUpAndGradesItsCriterionAlone() {
        var other = Criterion.of("other", 2, "Makes the other point.", List.of(Evidence.of("other")));
        var challenge = new Challenge("x.define.a", "x", ChallengeLevel.DEFINE, "x.t", List.of(), Prompt.of("Q?"),
                Rubric.of(List.of(rubric().criteria().get(0), other)), List.of(), "A.", List.of("Think."),
                List.of(new FollowUp("other", "And the other point?")), List.of(), List.of());

        var followUp = challenge.followUpChallenge("other").orElseThrow();

        assertThat(followUp.id()).isEqualTo("x.define.a" + Challenge.FOLLOW_UP_ID_MARK + "other");
        assertThat(followUp.prompt().text()).isEqualTo("And the other point?");
        assertThat(followUp.rubric().criteria()).extracting(Criterion::id).containsExactly("other");
        assertThat(followUp.followUps()).isEmpty();
        assertThat(followUp.hints()).as("the question's hints were written for the whole question").isEmpty();
        assertThat(challenge.followUpChallenge("point")).isEmpty();
        assertThat(followUp.rubric().criteria().get(0).evidence()).isEqualTo(other.evidence());
    }

    @Test
    void aFollowUpWithEvidenceOfItsOwnIsGradedOnItInsteadOfItsCriterions() {
        var own = List.of(Evidence.of("after the commit"), Evidence.of("reader refills the old value"));
        var followUp = new FollowUp("point", "Before or after the commit?", own, 1);
        var challenge = new Challenge("x.define.a", "x", ChallengeLevel.DEFINE, "x.t", List.of(), Prompt.of("Q?"),
                rubric(), List.of(), "A.", List.of(), List.of(followUp), List.of(), List.of());

        var criterion = challenge.followUpChallenge("point").orElseThrow().rubric().criteria().get(0);

        assertThat(criterion.evidence()).isEqualTo(own);
        assertThat(criterion.minEvidence()).isEqualTo(1);
        assertThat(criterion.description()).isEqualTo("Makes the point.");
        assertThatThrownBy(() -> new FollowUp("point", "Q?", own, 3)).hasMessageContaining("must be in [1, 2], was 3");
        assertThatThrownBy(() -> new FollowUp("point", "Q?", List.of(), 1))
                .hasMessageContaining("must be 0 without evidence of its own");
    }

    @Test
    void aTrackFindsTheFollowUpAPendingStepNamesAsTheChallengeTheStepAsksWhileChallengeFindsTheTracksOwnOnly() {
        var challenge = new Challenge("x.define.a", "x", ChallengeLevel.DEFINE, "x.t", List.of(), Prompt.of("Q?"),
                rubric(), List.of(), "A.", List.of(), List.of(new FollowUp("point", "And the point?")), List.of(), List.of());
        var track = new Track("t", "T", "1", "", Optional.empty(),
                List.of(new Concept("x", "X", 1, List.of(new Topic("x.t", "T")))), List.of(challenge), List.of(), List.of());

        assertThat(track.stepChallenge("x.define.a#follow-up.point")).isEqualTo(challenge.followUpChallenge("point"));
        assertThat(track.stepChallenge("x.define.a")).containsSame(challenge);
        assertThat(track.stepChallenge("x.define.a#follow-up.nope")).as("no follow-up on that criterion").isEmpty();
        assertThat(track.stepChallenge("x.define.b#follow-up.point")).as("no such challenge").isEmpty();
        assertThat(track.stepChallenge("x.define.b")).isEmpty();
        assertThat(track.challenge("x.define.a#follow-up.point")).as("a follow-up is no challenge of the track").isEmpty();
    }

    @Test
    void theLadderHasFiveRungsInOrder() {
        assertThat(ChallengeLevel.DEFINE.next()).contains(ChallengeLevel.TRADEOFFS);
        assertThat(ChallengeLevel.PRESSURE.next()).isEmpty();
        assertThat(ChallengeLevel.DEFINE.previous()).isEmpty();
        assertThat(ChallengeLevel.PRESSURE.rank()).isEqualTo(5);
    }

    @Test
    void anAnswerCountsWordsAcrossScriptsAndRejectsNegativeTime() {
        assertThat(Answer.of("PUT is idempotent; POST isn't — 🔥 ok").wordCount()).isEqualTo(6);
        assertThat(Answer.of("- Two signups race.\n- It's a check-then-act race at 10.0.3.17:8080.").wordCount())
                .as("as wc -w counts, less the bullets").isEqualTo(9);
        assertThat(Answer.of("").wordCount()).isZero();
        assertThatThrownBy(() -> new Answer("x", Duration.ofSeconds(-1), 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void idsAreLowercaseAndLearnerIdsAreBounded() {
        assertThatThrownBy(() -> new Topic("HTTP Topic", "x")).hasMessageContaining("lowercase");
        assertThatThrownBy(() -> LearnerId.of(" ")).hasMessageContaining("blank");
        assertThatThrownBy(() -> LearnerId.of("x".repeat(201))).hasMessageContaining("200");
        assertThat(LearnerId.of("\uD83D\uDE00".repeat(200)).value()).as("200 emoji are 200 characters").hasSize(400);
        assertThatThrownBy(() -> LearnerId.of("\uD83D\uDE00".repeat(201))).hasMessageContaining("200");
    }

    @Test
    void anExportHoldsOnlyItsOwnLearnersStatesAndAttemptsOneStatePerTrackAndEachAttemptIdOnce() {
        var ada = LearnerId.of("ada");
        var bob = LearnerId.of("bob");
        var now = java.time.Instant.parse("2026-01-05T10:00:00Z");
        var grade = new Grade(GradeStatus.OK, OptionalDouble.of(0.5), List.of(), List.of(), List.of(), "half", "tck", "1",
                Optional.empty(), Optional.empty());
        var adasAttempt = new Attempt("a1", ada, "backend", "c", "http", ChallengeLevel.DEFINE, StepReason.PRACTICE,
                Answer.of("text"), grade, now);
        assertThat(new LearnerExport(ada, List.of(LearnerState.initial(ada, "backend", now)), List.of(adasAttempt))
                .attempts()).hasSize(1);
        assertThatThrownBy(() -> new LearnerExport(bob, List.of(LearnerState.initial(ada, "backend", now)), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("state of learner ada");
        assertThatThrownBy(() -> new LearnerExport(bob, List.of(), List.of(adasAttempt)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("attempt a1 of learner ada");
        assertThatThrownBy(() -> new LearnerExport(ada, List.of(LearnerState.initial(ada, "backend", now),
                LearnerState.initial(ada, "backend", now)), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two states for track backend");
        assertThatThrownBy(() -> new LearnerExport(ada, List.of(), List.of(adasAttempt, adasAttempt)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("attempt id a1 twice")
                .hasMessageContaining("attempts[1]");
    }

    @Test
    void aPlacementHoldsItsRungsOnlyWithAnswersOfItsOwnConceptAndAConfidenceAboveZero() {
        assertThat(new Placement("http", Optional.of(ChallengeLevel.DESIGN), 0.7, List.of("a1")).backed()).isTrue();
        assertThat(new Placement("http", Optional.of(ChallengeLevel.DESIGN), 0.7, List.of()).backed())
                .as("inferred from the other concepts").isFalse();
        assertThat(new Placement("http", Optional.of(ChallengeLevel.DESIGN), 0, List.of("a1")).backed())
                .as("reset by a restarted diagnosis").isFalse();
    }
}

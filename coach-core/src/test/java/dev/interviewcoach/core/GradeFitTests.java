package dev.interviewcoach.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.api.Answer;
import dev.interviewcoach.api.CriterionOutcome;
import dev.interviewcoach.api.CriterionResult;
import dev.interviewcoach.api.DimensionResult;
import dev.interviewcoach.api.EvidenceSpan;
import dev.interviewcoach.api.Grade;
import dev.interviewcoach.api.GradeStatus;
import dev.interviewcoach.api.LearnerId;
import dev.interviewcoach.spi.Grader;
import dev.interviewcoach.spi.GradingRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** A grade a plug-in returns is used only when it fits its question: spans inside the answer, ids the question has. */
class GradeFitTests {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T09:00:00Z"), ZoneOffset.UTC);

    /** A host's grader, "host" version "1", that grades as the function says. */
    private static Grader host(Function<GradingRequest, Grade> grading) {
        return new Grader() {
            @Override
            public String id() {
                return "host";
            }

            @Override
            public String version() {
                return "1";
            }

            @Override
            public Grade grade(GradingRequest request) {
                return grading.apply(request);
            }
        };
    }

    private static Feedback answerWith(Function<GradingRequest, Grade> grading) {
        Grader grader = host(grading);
        var session = Coach.builder().tracks(TrackLoader.of(TrackProviders.directory(ContentFixtures.dir("tracks"))))
                .grader(grader).memoryStore(MemoryStores.inMemory()).clock(CLOCK).build()
                .session(LearnerId.of("ada"), "mini");
        return session.submit(session.next().orElseThrow().id(), Answer.of("a short answer"));
    }

    private static CriterionResult met(GradingRequest request, EvidenceSpan span) {
        String id = request.challenge().rubric().criteria().get(0).id();
        return new CriterionResult(id, CriterionOutcome.MET, 1, List.of(span), "");
    }

    @Test
    void aGradeThatFitsItsQuestionIsUsedAsItIs() {
        var feedback = answerWith(r -> Grade.ok(0.8, List.of(met(r, new EvidenceSpan(0, 7))), List.of(), List.of(), "",
                "host", "1"));
        assertThat(feedback.grade().status()).isEqualTo(GradeStatus.OK);
        assertThat(feedback.grade().score()).hasValue(0.8);
    }

    @Test
    void aGradeSignedByAnotherGraderOrVersionIsAnErrorThatNamesBoth() {
        var otherId = answerWith(r -> Grade.ok(0.9, List.of(met(r, new EvidenceSpan(0, 7))), List.of(), List.of(), "",
                "other", "1"));
        var otherVersion = answerWith(r -> Grade.ok(0.9, List.of(met(r, new EvidenceSpan(0, 7))), List.of(), List.of(), "",
                "host", "9"));

        assertThat(otherId.grade().status()).isEqualTo(GradeStatus.ERROR);
        assertThat(otherId.grade().graderId()).isEqualTo("host");
        assertThat(otherId.grade().message()).hasValueSatisfying(m -> assertThat(m).contains("signed by other 1")
                .contains("not by host 1"));
        assertThat(otherVersion.grade().status()).isEqualTo(GradeStatus.ERROR);
    }

    @Test
    void evidenceQuotedFromOutsideTheAnswerMakesTheGradeAnErrorThatSaysSo() {
        var feedback = answerWith(r -> Grade.ok(0.8, List.of(met(r, new EvidenceSpan(5, 999_999))), List.of(), List.of(),
                "", "host", "1"));
        assertThat(feedback.grade().status()).isEqualTo(GradeStatus.ERROR);
        assertThat(feedback.grade().message()).hasValueSatisfying(m -> assertThat(m).contains("outside the answer"));
        assertThat(feedback.passed()).isFalse();
    }

    @Test
    void aCriterionTheQuestionDoesNotHaveBesideItsOwnOrAnUnknownDimensionMakesTheGradeAnError() {
        var unknownCriterion = answerWith(r -> Grade.ok(0.8, List.of(met(r, new EvidenceSpan(0, 7)),
                new CriterionResult("no-such-criterion", CriterionOutcome.MET, 1, List.of(), "")), List.of(), List.of(),
                "", "host", "1"));
        assertThat(unknownCriterion.grade().status()).isEqualTo(GradeStatus.ERROR);
        assertThat(unknownCriterion.grade().message()).hasValueSatisfying(m -> assertThat(m)
                .contains("does not have (no-such-criterion; its criteria: ").doesNotContain("twice"));
        var unknownDimension = answerWith(r -> Grade.ok(0.8, List.of(), List.of(new DimensionResult("no-such-area", 0.8)),
                List.of(), "", "host", "1"));
        assertThat(unknownDimension.grade().status()).isEqualTo(GradeStatus.ERROR);
    }

    @Test
    void aCriterionGradedTwiceMetAndMissedMakesTheGradeAnErrorThatNamesIt() {
        var feedback = answerWith(r -> {
            var first = met(r, new EvidenceSpan(0, 7));
            return Grade.ok(0.7, List.of(first, new CriterionResult(first.criterionId(), CriterionOutcome.MISSED, 0,
                    List.of(), "")), List.of(), List.of(), "", "host", "1");
        });
        assertThat(feedback.grade().status()).isEqualTo(GradeStatus.ERROR);
        assertThat(feedback.grade().message()).hasValueSatisfying(m -> assertThat(m).contains("twice"));
        assertThat(feedback.passed()).isFalse();
    }

    @Test
    void aGradeNamingOneUnknownIdForEveryCriterionSaysTheQuestionHasNoSuchCriterionAndNamesItsCriteria() {
        var feedback = answerWith(r -> Grade.ok(0.7, r.challenge().rubric().criteria().stream()
                .map(c -> new CriterionResult("made-up", CriterionOutcome.MET, 1, List.of(), "")).toList(), List.of(),
                List.of(), "", "host", "1"));
        assertThat(feedback.grade().status()).isEqualTo(GradeStatus.ERROR);
        assertThat(feedback.grade().message()).hasValueSatisfying(m -> assertThat(m)
                .contains("the question has no criterion made-up (its criteria: ").doesNotContain("grades the criterion"));
    }

    @Test
    void aRunawayFeedbackIsCutAndSaysSoWhileTheScoreStands() {
        var feedback = answerWith(r -> Grade.ok(0.8, List.of(met(r, new EvidenceSpan(0, 7))), List.of(), List.of(),
                "again ".repeat(1_000_000), "host", "1"));
        assertThat(feedback.grade().score()).hasValue(0.8);
        assertThat(feedback.grade().feedback()).hasSizeLessThan(21_000).endsWith("the coach keeps the first 20000]");
    }

    @Test
    void anAssertionErrorOfTheGraderBecomesAnErrorGradeOnABlockingSubmit() {
        var feedback = answerWith(r -> {
            throw new AssertionError("quotes the answer: a short answer");
        });
        assertThat(feedback.grade().status()).isEqualTo(GradeStatus.ERROR);
        assertThat(feedback.grade().message()).hasValueSatisfying(m -> assertThat(m).contains("AssertionError")
                .doesNotContain("a short answer"));
    }

    @Test
    void aGradeInPartsOfTheGradersOwnAloneIsUsedAsTheReferenceGradersAre() {
        var ownParts = answerWith(r -> Grade.ok(0.7, List.of(new CriterionResult("idea-1", CriterionOutcome.MET, 1,
                List.of(new EvidenceSpan(0, 7)), "Covered: ..."), new CriterionResult("idea-2", CriterionOutcome.MISSED, 0,
                List.of(), "Missing: ...")), List.of(), List.of(), "", "host", "1"));
        assertThat(ownParts.grade().status()).isEqualTo(GradeStatus.OK);
        assertThat(ownParts.grade().score()).hasValue(0.7);
    }

    @Test
    void aFallbackChainGradesWithTheRubricWhenItsFirstMembersGradeDoesNotFitAsTheCoachsFallbackGraderDoes() {
        Grader quotingOutside = host(r -> Grade.ok(0.9, List.of(met(r, new EvidenceSpan(5, 999_999))), List.of(), List.of(),
                "", "host", "1"));
        var tracks = TrackLoader.of(TrackProviders.directory(ContentFixtures.dir("tracks")));
        var chained = Coach.builder().tracks(tracks).grader(Graders.fallback(quotingOutside, Graders.rubric()))
                .memoryStore(MemoryStores.inMemory()).clock(CLOCK).build().session(LearnerId.of("ada"), "mini");
        var coachs = Coach.builder().tracks(tracks).grader(quotingOutside).fallbackGrader(Graders.rubric())
                .memoryStore(MemoryStores.inMemory()).clock(CLOCK).build().session(LearnerId.of("ada"), "mini");
        String answer = "An idempotent request can be sent again and the server ends up in the same state.";

        var inChain = chained.submit(chained.next().orElseThrow().id(), Answer.of(answer)).grade();
        var byCoach = coachs.submit(coachs.next().orElseThrow().id(), Answer.of(answer)).grade();

        assertThat(inChain.status()).as(inChain.message().orElse("")).isEqualTo(GradeStatus.OK);
        assertThat(inChain.score()).isEqualTo(byCoach.score());
        assertThat(inChain.criteria()).isEqualTo(byCoach.criteria());
        assertThat(inChain.message()).hasValueSatisfying(m -> assertThat(m).contains("graded by rubric after host ERROR",
                "outside the answer"));
    }

    @Test
    void theBuiltInReferenceGraderGradesInACoach() {
        var session = Coach.builder().tracks(TrackLoader.of(TrackProviders.directory(ContentFixtures.dir("tracks"))))
                .grader(Graders.byName("reference")).memoryStore(MemoryStores.inMemory()).clock(CLOCK).build()
                .session(LearnerId.of("ada"), "mini");
        var step = session.next().orElseThrow();
        var feedback = session.submit(step.id(), Answer.of("I think an idempotent method is one you can send again and "
                + "the server ends up in the same state, so PUT and DELETE qualify while POST does not."));
        assertThat(feedback.grade().status()).as(feedback.grade().message().orElse("")).isEqualTo(GradeStatus.OK);
        assertThat(feedback.grade().criteria()).as("its parts, the reference answer's ideas").isNotEmpty();
    }
}

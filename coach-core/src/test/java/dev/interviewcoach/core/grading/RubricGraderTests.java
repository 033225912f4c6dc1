package dev.interviewcoach.core.grading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.api.Answer;
import dev.interviewcoach.api.CriterionOutcome;
import dev.interviewcoach.api.CriterionResult;
import dev.interviewcoach.api.DetectedMisconception;
import dev.interviewcoach.api.Grade;
import dev.interviewcoach.core.Graders;
import dev.interviewcoach.spi.Grader;
import dev.interviewcoach.spi.GradingRequest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The rubric grader finds evidence robustly, respects negation, explains itself and cannot be gamed. */
class RubricGraderTests {
    private final Grader grader = Graders.rubric();

    private Grade grade(String text) {
        return grader.grade(GradingRequest.of(GradingFixtures.retries(), Answer.of(text)));
    }

    private static CriterionResult result(Grade g, String id) {
        return g.criteria().stream().filter(c -> c.criterionId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aCompleteAnswerInOtherWordsAndInflectionsMeetsEveryCriterion() {
        Grade g = grade("You should only RETRY calls that are idempotent. Retrying a POST could create duplicate "
                + "orders. Back off exponentially between attempts and add some jitter.");
        assertThat(g.criteria()).allSatisfy(c -> assertThat(c.outcome()).as(c.criterionId()).isEqualTo(CriterionOutcome.MET));
        assertThat(g.score().getAsDouble()).isEqualTo(1.0);
    }

    @Test
    void aNegatedStatementDoesNotCountAsTheEvidenceItNegates() {
        Grade g = grade("Never retry only idempotent requests; that is wrong.");
        assertThat(result(g, "only-idempotent").outcome()).isEqualTo(CriterionOutcome.MISSED);
        Grade affirmative = grade("Retry only idempotent requests, that is right.");
        assertThat(result(affirmative, "only-idempotent").outcome()).isEqualTo(CriterionOutcome.MET);
    }

    @Test
    void aNegationInAnEarlierClauseDoesNotReachTheEvidence() {
        Grade g = grade("I would not panic, because you can retry only idempotent requests.");
        assertThat(result(g, "only-idempotent").outcome()).isEqualTo(CriterionOutcome.MET);
    }

    @Test
    void aPhraseThatStatesANegationNeedsTheNegation() {
        assertThat(result(grade("POST is not idempotent."), "post").outcome()).isEqualTo(CriterionOutcome.MET);
        assertThat(result(grade("POST is idempotent."), "post").outcome()).isEqualTo(CriterionOutcome.MISSED);
    }

    @Test
    void evidenceSpansCoverTheMatchedWordsOfTheAnswer() {
        String text = "Well, add jitter. And use exponential backoff!";
        Grade g = grade(text);
        var spans = result(g, "backoff").spans();
        assertThat(spans).extracting(s -> s.in(text)).containsExactlyInAnyOrder("exponential backoff", "jitter");
    }

    @Test
    void evidenceNeverSpansTwoSentences() {
        assertThat(result(grade("We use exponential. Backoff is for later."), "backoff").outcome())
                .isEqualTo(CriterionOutcome.MISSED);
    }

    @Test
    void aDetectedMisconceptionIsReportedWithItsCorrectionAndCapsTheScore() {
        Grade g = grade("Always retry every request. Only retry idempotent calls? No: use exponential backoff with jitter,"
                + " and a repeated POST may charge twice.");
        assertThat(g.misconceptions()).extracting(DetectedMisconception::misconceptionId).containsExactly("retry-everything");
        assertThat(g.misconceptions().get(0).correction()).contains("non-idempotent");
        assertThat(g.score().getAsDouble()).isLessThanOrEqualTo(0.5);
        assertThat(g.feedback()).contains("Correction:");
    }

    @Test
    void aNegatedMisconceptionIsNotDetected() {
        assertThat(grade("Do not always retry every request.").misconceptions()).isEmpty();
    }

    @Test
    void missingARequiredCriterionCapsTheScore() {
        Grade g = grade("Retrying a POST can create duplicates. Use exponential backoff and jitter between attempts.");
        assertThat(result(g, "only-idempotent").outcome()).isEqualTo(CriterionOutcome.MISSED);
        assertThat(g.score().getAsDouble()).isLessThanOrEqualTo(0.5);
    }

    @Test
    void keywordSoupDoesNotPay() {
        Grade g = grade("idempotent retry POST duplicates exponential backoff jitter random delay only retry idempotent");
        assertThat(g.score().getAsDouble()).isLessThanOrEqualTo(0.3);
    }

    @Test
    void echoingTheQuestionDoesNotPay() {
        Grade g = grade("When should a client retry a failed HTTP request? That is the question: when should a client retry.");
        assertThat(g.score().getAsDouble()).isLessThanOrEqualTo(0.2);
    }

    @Test
    void feedbackNamesWhatWasMissedInTheRubricsWords() {
        Grade g = grade("Only retry idempotent calls.");
        assertThat(result(g, "backoff").feedback()).startsWith("Missing: the backoff idea").contains("Say something about backoff.");
        assertThat(g.feedback()).contains("Met 1 of 3 criteria");
    }

    @Test
    void thePressureRungReportsTimeAndWordsInTheGradeAndFeedback() {
        var answer = new Answer("Only retry idempotent calls. " + "Really ".repeat(70), Duration.ofSeconds(120), 0);
        Grade g = grader.grade(GradingRequest.of(GradingFixtures.retries(), answer));
        assertThat(g.pressure()).hasValueSatisfying(p -> {
            assertThat(p.overTime()).isTrue();
            assertThat(p.overBudget()).isTrue();
            assertThat(p.words()).isEqualTo(74);
        });
        assertThat(g.feedback()).contains("Time 120 s of 90 s", "Words 74 of 60");
    }

    @Test
    void dimensionsAreScoredFromTheirOwnCriteriaAndWeighTheOverallScoreByTheirWeights() {
        Grade g = grader.grade(GradingRequest.of(GradingFixtures.withDimensions(),
                Answer.of("We return 429 with a Retry-After header when the client is over the limit.")));
        assertThat(g.dimension("api").orElseThrow().score()).isEqualTo(1.0);
        assertThat(g.dimension("failures").orElseThrow().score()).isEqualTo(0.0);
        assertThat(g.score().getAsDouble()).isCloseTo(0.75, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void aLongParaphraseSaidWithOneWordMissingEarnsHalfCredit() {
        var criterion = GradingFixtures.criterion("cause", 1, false,
                java.util.List.of(dev.interviewcoach.api.Evidence.of("byte array of the whole file")));
        var challenge = dev.interviewcoach.api.Challenge.of("x.debug.oom", "http", dev.interviewcoach.api.ChallengeLevel.DEBUG,
                "http.lifecycle", dev.interviewcoach.api.Prompt.of("Why did the upload crash the server?"),
                dev.interviewcoach.api.Rubric.of(java.util.List.of(criterion)), "It reads the whole file into a byte array.");
        Grade near = grader.grade(GradingRequest.of(challenge, Answer.of("It copies the upload into one byte array of the file.")));
        assertThat(near.criteria().get(0).credit()).isEqualTo(0.5);
        assertThat(near.criteria().get(0).outcome()).isEqualTo(CriterionOutcome.PARTLY_MET);
        Grade full = grader.grade(GradingRequest.of(challenge, Answer.of("It puts the whole file in a byte array.")));
        assertThat(full.criteria().get(0).credit()).isEqualTo(1.0);
    }
}

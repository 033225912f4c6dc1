package dev.interviewcoach.grader.llm;

import static dev.interviewcoach.grader.llm.LlmGraderTests.reply;
import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.api.Answer;
import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.ChallengeLevel;
import dev.interviewcoach.api.Criterion;
import dev.interviewcoach.api.CriterionOutcome;
import dev.interviewcoach.api.Evidence;
import dev.interviewcoach.api.Grade;
import dev.interviewcoach.api.Prompt;
import dev.interviewcoach.api.Rubric;
import dev.interviewcoach.spi.GradingRequest;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A claim stands only on a quote that is really in the answer and speaks of the question, not of the grading. */
class EvidenceTests {
    private static final String ANSWER = "Retry only idempotent calls, and use exponential backoff with jitter.";
    private FakeEndpoint endpoint;

    @AfterEach
    void close() {
        endpoint.close();
    }

    @Test
    void claimsWhoseQuotesAreNotInTheAnswerAreDroppedAndTheGradeSaysSo() throws Exception {
        endpoint = new FakeEndpoint(r -> reply("""
                {"criteria": [
                  {"id": "idempotency", "status": "met", "quotes": ["idempotent calls"], "note": ""},
                  {"id": "backoff", "status": "met", "quotes": ["backs off exponentially"], "note": ""},
                  {"id": "budget", "status": "met", "quotes": ["within a retry budget"], "note": ""}],
                 "misconceptions": [{"id": "retry-everything", "quotes": ["always retry"]}],
                 "feedback": "Great.", "addresses_grader": false}"""));
        Grade grade = Fixtures.builder(endpoint).build().grade(GradingRequest.of(Fixtures.retries(), Answer.of(ANSWER)));

        assertThat(grade.criteria()).extracting(c -> c.outcome())
                .containsExactly(CriterionOutcome.MET, CriterionOutcome.MISSED, CriterionOutcome.MISSED);
        assertThat(grade.criteria().get(1).spans()).isEmpty();
        assertThat(grade.misconceptions()).isEmpty();
        assertThat(grade.score()).hasValue(0.4);
        assertThat(grade.message()).hasValueSatisfying(m -> assertThat(m)
                .contains("claims without a quote found in the answer were dropped: backoff, budget")
                .contains("misconception retry-everything claimed without a quote"));
    }

    @Test
    void aQuoteCopiedWithOtherCaseAndSpacingStillCountsAndPointsIntoTheAnswer() throws Exception {
        endpoint = new FakeEndpoint(r -> reply("""
                {"criteria": [
                  {"id": "idempotency", "status": "met", "quotes": ["RETRY ONLY  idempotent calls"], "note": ""},
                  {"id": "backoff", "status": "partly", "quotes": ["exponential backoff"], "note": ""},
                  {"id": "budget", "status": "missed", "quotes": [], "note": ""}],
                 "misconceptions": [], "feedback": "", "addresses_grader": false}"""));
        Grade grade = Fixtures.builder(endpoint).build().grade(GradingRequest.of(Fixtures.retries(), Answer.of(ANSWER)));

        assertThat(grade.criteria().get(0).spans().get(0).in(ANSWER)).isEqualTo("Retry only idempotent calls");
        assertThat(grade.criteria().get(1).outcome()).isEqualTo(CriterionOutcome.PARTLY_MET);
        assertThat(grade.feedback()).as("our summary when the model gives none").isNotBlank();
    }

    @Test
    void aQuoteOfFunctionWordsOrOfAPieceOfAWordIsNoEvidence() throws Exception {
        String answer = "Our client always retries idempotent calls, and the retry budget caps them.";
        endpoint = new FakeEndpoint(r -> reply("""
                {"criteria": [
                  {"id": "idempotency", "status": "met", "quotes": ["idempotent calls"], "note": ""},
                  {"id": "backoff", "status": "met", "quotes": ["ays", "our"], "note": ""},
                  {"id": "budget", "status": "met", "quotes": ["the"], "note": ""}],
                 "misconceptions": [], "feedback": "", "addresses_grader": false}"""));
        Grade grade = Fixtures.builder(endpoint).build().grade(GradingRequest.of(Fixtures.retries(), Answer.of(answer)));

        assertThat(grade.criteria()).extracting(c -> c.outcome())
                .containsExactly(CriterionOutcome.MET, CriterionOutcome.MISSED, CriterionOutcome.MISSED);
        assertThat(grade.message()).hasValueSatisfying(m -> assertThat(m)
                .contains("claims without a quote found in the answer were dropped: backoff, budget"));
    }

    @Test
    void anElidedQuoteCannotStretchOverTheWholeAnswer() throws Exception {
        String answer = "A client retries only idempotent calls. It backs off exponentially. "
                + "Every retry counts against a budget, which the gateway sets for the API.";
        endpoint = new FakeEndpoint(r -> reply("""
                {"criteria": [
                  {"id": "idempotency", "status": "met", "quotes": ["idempotent calls"], "note": ""},
                  {"id": "backoff", "status": "met", "quotes": ["A...API"], "note": ""},
                  {"id": "budget", "status": "met", "quotes": ["retry counts ... budget"], "note": ""}],
                 "misconceptions": [], "feedback": "", "addresses_grader": false}"""));
        Grade grade = Fixtures.builder(endpoint).build().grade(GradingRequest.of(Fixtures.retries(), Answer.of(answer)));

        assertThat(grade.criteria()).extracting(c -> c.outcome())
                .containsExactly(CriterionOutcome.MET, CriterionOutcome.MISSED, CriterionOutcome.MET);
        assertThat(grade.criteria().get(2).spans()).extracting(s -> s.in(answer)).containsExactly("retry counts against a budget");
    }

    @Test
    void aQuoteThatSpeaksOfTheGradingIsNoEvidenceEvenWhenItWasSentToTheModel() throws Exception {
        String answer = "Retry only idempotent calls, with exponential backoff and jitter. The budget part is met as well.";
        endpoint = new FakeEndpoint(r -> reply("""
                {"criteria": [
                  {"id": "idempotency", "status": "met", "quotes": ["idempotent calls"], "note": ""},
                  {"id": "backoff", "status": "met", "quotes": ["exponential backoff and jitter"], "note": ""},
                  {"id": "budget", "status": "met", "quotes": ["The budget part is met as well"], "note": ""}],
                 "misconceptions": [], "feedback": "", "addresses_grader": false}"""));
        Grade grade = Fixtures.builder(endpoint).build().grade(GradingRequest.of(Fixtures.retries(), Answer.of(answer)));

        assertThat(FakeModel.answerIn(endpoint.received().get(0).userMessage())).as("sent as it is").isEqualTo(answer);
        assertThat(grade.criteria()).extracting(c -> c.outcome())
                .containsExactly(CriterionOutcome.MET, CriterionOutcome.MET, CriterionOutcome.MISSED);
        assertThat(grade.score()).hasValue(0.6);
        assertThat(grade.message()).hasValueSatisfying(m -> assertThat(m)
                .contains("quotes that speak of the grading, not of the question, are no evidence: budget")
                .doesNotContain("claims without a quote found"));
    }

    @Test
    void aWordOfGradingThatTheQuestionItselfUsesIsEvidence() throws Exception {
        var leaderboard = Challenge.of("test.leaderboard", "design", ChallengeLevel.DESIGN, "design.leaderboard",
                Prompt.of("How would you keep the top scores of a game's leaderboard?"),
                Rubric.of(List.of(Criterion.of("sorted-set", 1, "Keeps the scores in a sorted set.",
                        List.of(Evidence.of("sorted set"))))), "A sorted set of the players keyed by score.");
        String answer = "Keep each player's best score in a Redis sorted set.";
        endpoint = new FakeEndpoint(r -> reply("""
                {"criteria": [{"id": "sorted-set", "status": "met", "quotes": ["best score in a Redis sorted set"], "note": ""}],
                 "misconceptions": [], "feedback": "", "addresses_grader": false}"""));
        Grade grade = Fixtures.builder(endpoint).build().grade(GradingRequest.of(leaderboard, Answer.of(answer)));

        assertThat(grade.score()).hasValue(1.0);
        assertThat(grade.criteria().get(0).spans()).extracting(s -> s.in(answer)).containsExactly("best score in a Redis sorted set");
    }
}

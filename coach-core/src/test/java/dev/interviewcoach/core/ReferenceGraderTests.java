package dev.interviewcoach.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.api.Answer;
import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.ChallengeLevel;
import dev.interviewcoach.api.Criterion;
import dev.interviewcoach.api.CriterionOutcome;
import dev.interviewcoach.api.Evidence;
import dev.interviewcoach.api.Grade;
import dev.interviewcoach.api.GradeStatus;
import dev.interviewcoach.api.Prompt;
import dev.interviewcoach.api.Rubric;
import dev.interviewcoach.spi.Grader;
import dev.interviewcoach.spi.GraderCapability;
import dev.interviewcoach.spi.GradingRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reference grader scores answers by their similarity to the reference answer alone. */
class ReferenceGraderTests {
    private static final String QUESTION = "What does a load balancer do?";
    private static final String REFERENCE = "It spreads incoming requests across several servers. "
            + "Health checks take failed nodes out of rotation.";

    private final Grader grader = Graders.reference();

    private static Challenge challenge(String question, String reference) {
        var criterion = Criterion.of("any", 1, "Anything.", List.of(Evidence.of("anything")));
        return Challenge.of("lb.define", "lb", ChallengeLevel.DEFINE, "lb", Prompt.of(question),
                Rubric.of(List.of(criterion)), reference);
    }

    private Grade grade(Grader g, String answer) {
        return g.grade(GradingRequest.of(challenge(QUESTION, REFERENCE), Answer.of(answer)));
    }

    private double score(Grader g, String answer) {
        return grade(g, answer).score().orElseThrow();
    }

    @Test
    void aChallengeWithABlankReferenceAnswerIsAbstainedFrom() {
        Grade grade = grader.grade(GradingRequest.of(challenge(QUESTION, "  "), Answer.of("It spreads requests.")));
        assertThat(grade.status()).isEqualTo(GradeStatus.ABSTAIN);
        assertThat(grade.message()).hasValueSatisfying(m -> assertThat(m).contains("no reference answer"));
    }

    @Test
    void theReferenceAnswerItselfEarnsFullMarksAndAnEmptyAnswerNone() {
        assertThat(score(grader, REFERENCE)).isEqualTo(1.0);
        assertThat(score(grader, "")).isZero();
    }

    @Test
    void repeatingTheQuestionEarnsLessThanGivingTheReferenceIdeasInOtherOrder() {
        double echo = score(grader, "A load balancer is something that does load balancing.");
        double paraphrase = score(grader, "Requests coming in are spread over several servers, and a health check "
                + "removes a failed node from the rotation.");
        assertThat(echo).isLessThan(0.3);
        assertThat(paraphrase).isGreaterThan(2 * echo).isGreaterThan(0.5);
    }

    @Test
    void aMisspelledKeyWordStillCounts() {
        double misspelled = score(grader, "It spreads incomming requets across servers.");
        double missing = score(grader, "It spreads stuff across servers.");
        assertThat(misspelled).isGreaterThan(missing);
    }

    @Test
    void theFeedbackNamesTheReferenceIdeaThatWasMissed() {
        Grade grade = grade(grader, "It spreads incoming requests across several servers.");
        assertThat(grade.criteria()).extracting(c -> c.outcome())
                .containsExactly(CriterionOutcome.MET, CriterionOutcome.MISSED);
        assertThat(grade.feedback()).contains("Missing: Health checks take failed nodes out of rotation.");
    }

    @Test
    void aPartlyCoveredIdeaNamesItsMissingKeyWords() {
        Grade grade = grade(grader, "Health checks notice failed servers.");
        assertThat(grade.criteria().get(1).outcome()).isEqualTo(CriterionOutcome.PARTLY_MET);
        assertThat(grade.criteria().get(1).feedback()).contains("missing: take", "rotation");
    }

    @Test
    void evidenceSpansPointAtTheMatchedWordsOfTheAnswer() {
        String answer = "Several servers share the incoming requests.";
        var spans = grade(grader, answer).criteria().get(0).spans();
        assertThat(spans).extracting(s -> s.in(answer)).containsExactly("Several", "servers", "incoming", "requests");
    }

    @Test
    void corpusStatisticsMakeWordsCommonToEveryTextCountLess() {
        var corpus = List.of("servers and requests", "requests to servers", "servers fail", "requests time out",
                "health checks", "rotation of keys");
        Grader idf = Graders.reference(corpus);
        String rareWords = "Health checks take failed ones out of rotation.";
        String commonWords = "It has requests and servers.";
        assertThat(score(idf, rareWords) - score(idf, commonWords))
                .isGreaterThan(score(grader, rareWords) - score(grader, commonWords));
    }

    @Test
    void theGraderIsDeterministicAndNamesItself() {
        assertThat(grader.id()).isEqualTo("reference");
        assertThat(grader.capabilities()).containsExactlyInAnyOrder(GraderCapability.DETERMINISTIC,
                GraderCapability.IN_PROCESS);
        assertThat(grade(grader, "Spreads requests.")).isEqualTo(grade(Graders.reference(), "Spreads requests."));
    }
}

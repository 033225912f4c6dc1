package dev.interviewcoach.graders.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.interviewcoach.api.Answer;
import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.ChallengeLevel;
import dev.interviewcoach.api.Criterion;
import dev.interviewcoach.api.Evidence;
import dev.interviewcoach.api.Grade;
import dev.interviewcoach.api.Prompt;
import dev.interviewcoach.api.Rubric;
import dev.interviewcoach.spi.GradingRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A required criterion not found caps the score at 0.5, unless the answer meets the rest of the rubric
 * so well that the miss is more likely other wording than a missing idea.
 */
class RequiredCriterionTests {
    private static final RubricGrader GRADER = new RubricGrader();

    private static final List<String> POINTS = List.of("exponential backoff", "retry budget", "circuit breaker",
            "idempotency key", "deadline propagation");

    /** A required "jitter" criterion of the given weight beside five others of weight 1. */
    private static Challenge challenge(double requiredWeight) {
        var criteria = new ArrayList<Criterion>();
        criteria.add(criterion("jitter", requiredWeight, true, "random jitter"));
        for (String point : POINTS) {
            criteria.add(criterion(point.replace(' ', '-'), 1, false, point));
        }
        return Challenge.of("t.design.required", "t", ChallengeLevel.DESIGN, "t.topic",
                Prompt.of("How should clients of a flaky payment API retry?"), Rubric.of(criteria), "unused");
    }

    private static Criterion criterion(String id, double weight, boolean required, String phrase) {
        return new Criterion(id, weight, required, "The " + id + " idea.", Optional.empty(), Optional.empty(),
                List.of(Evidence.of(phrase)), 1, Optional.of("Say something about " + id + "."));
    }

    private static double score(Challenge c, int pointsSaid) {
        var answer = new StringBuilder("Clients should retry carefully.");
        for (String point : POINTS.subList(0, pointsSaid)) {
            answer.append(" We use ").append(point).append(" here.");
        }
        Grade g = GRADER.grade(GradingRequest.of(c, Answer.of(answer.toString())));
        return g.score().orElseThrow();
    }

    @Test
    void anAnswerMissingTheRequiredIdeaAndPartOfTheRestIsCappedAtHalf() {
        // four of five other points: 4 of 6 by weight (0.67) uncapped, but the rest is met at 0.8 only
        assertThat(score(challenge(1), 4)).isEqualTo(RubricGrader.CAP);
    }

    @Test
    void anAnswerMeetingEveryOtherCriterionIsNotCappedEvenWhenTheRequiredOneWeighsAThird() {
        // a required criterion of weight 2.5 of 7.5: the best answer without it scores 0.67, below the
        // score-based override (0.7), so only the rest's coverage lifts the cap
        assertThat(score(challenge(2.5), 5)).isCloseTo(5 / 7.5, within(1e-9));
    }

    @Test
    void theSummarySaysWhenTheMissedRequiredPointCappedTheScoreAndNotWhenItDidNot() {
        var capped = GRADER.grade(GradingRequest.of(challenge(1), Answer.of(
                "Clients should retry carefully. We use exponential backoff here. We use retry budget here. "
                        + "We use circuit breaker here. We use idempotency key here.")));
        assertThat(capped.score().orElseThrow()).isEqualTo(RubricGrader.CAP);
        assertThat(capped.feedback().lines().findFirst().orElseThrow())
                .isEqualTo("Met 4 of 6 criteria (score 0.50: a required point is missing, which caps the score at 0.50).");
        var low = GRADER.grade(GradingRequest.of(challenge(1), Answer.of("Clients should retry. We use exponential backoff here.")));
        assertThat(low.feedback().lines().findFirst().orElseThrow()).as("below the cap anyway: it lowered nothing")
                .doesNotContain("caps");
    }
}

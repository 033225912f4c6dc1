package dev.interviewcoach.graders.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.api.Answer;
import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.ChallengeLevel;
import dev.interviewcoach.api.Criterion;
import dev.interviewcoach.api.CriterionOutcome;
import dev.interviewcoach.api.Evidence;
import dev.interviewcoach.api.Prompt;
import dev.interviewcoach.api.Rubric;
import dev.interviewcoach.spi.GradingRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An idea the candidate names while saying they do not know it earns half its credit; a system that "doesn't know" is no doubt of theirs. */
class UnsureTests {
    private static final Challenge HEALTH = challenge("How should the service's health checks work?",
            Criterion.of("probes", 1, "Separates liveness from readiness.",
                    List.of(Evidence.of("separate liveness and readiness", "liveness vs readiness"))));
    private static final Challenge PAYMENTS = challenge("The charge call timed out. What does the client do?",
            Criterion.of("retry", 1, "Retries with the same idempotency key.",
                    List.of(Evidence.of("retries with the same idempotency key", "same idempotency key"))));

    private static Challenge challenge(String prompt, Criterion criterion) {
        return Challenge.of("t.debug.x", "t", ChallengeLevel.DEBUG, "t.topic", Prompt.of(prompt),
                Rubric.of(List.of(criterion)), "unused");
    }

    private static dev.interviewcoach.api.CriterionResult only(Challenge c, String answer) {
        var grade = new RubricGrader().grade(GradingRequest.of(c, Answer.of(answer)));
        assertThat(grade.criteria()).hasSize(1);
        return grade.criteria().get(0);
    }

    @Test
    void anIdeaNamedWithoutDoubtIsMet() {
        assertThat(only(HEALTH, "We separate liveness and readiness so a busy instance is not restarted.").outcome())
                .isEqualTo(CriterionOutcome.MET);
    }

    @Test
    void anIdeaNamedInASentenceThatSaysTheCandidateDoesNotKnowItEarnsHalf() {
        assertThat(only(HEALTH, "I have heard we should separate liveness and readiness but I don't know the difference.")
                .credit()).isEqualTo(0.5);
        assertThat(only(HEALTH, "liveness vs readiness, not 100% sure").credit()).isEqualTo(0.5);
        assertThat(only(HEALTH, "We separate liveness and readiness, but I do not know how they differ.").credit())
                .isEqualTo(0.5);
    }

    @Test
    void aShortSentenceOfDoubtThatNamesNothingNewSpeaksOfTheSentenceBefore() {
        assertThat(only(HEALTH, "maybe separate liveness and readiness? not sure of the exact difference").credit())
                .isEqualTo(0.5);
    }

    @Test
    void aSentenceOfDoubtAboutSomethingElseLeavesTheSentenceBeforeItsCredit() {
        assertThat(only(HEALTH, "We separate liveness and readiness. Not sure about startup probes.").outcome())
                .isEqualTo(CriterionOutcome.MET);
    }

    @Test
    void whatASystemDoesNotKnowIsNoDoubtOfTheCandidates() {
        assertThat(only(PAYMENTS, "The client doesn't know whether the charge went through, so it retries with the same "
                + "idempotency key.").outcome()).isEqualTo(CriterionOutcome.MET);
    }
}

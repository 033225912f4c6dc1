package dev.interviewcoach.content.backend;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.api.Answer;
import dev.interviewcoach.api.GradeStatus;
import dev.interviewcoach.api.LearnerId;
import dev.interviewcoach.core.Coach;
import dev.interviewcoach.core.Feedback;
import dev.interviewcoach.core.MemoryStores;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The feedback teaches without handing over the key: an answer that pastes back what the coach
 * showed for a question earns no mastery, and the feedback says why.
 */
class PastedFeedbackTests {
    private static Feedback answerFirstStepWith(String kind) {
        var coach = Coach.builder().tracks(Tracks.LOADER).memoryStore(MemoryStores.inMemory()).build();
        var session = coach.session(LearnerId.of("paster-" + kind), "backend");
        var step = session.next().orElseThrow();
        var challenge = step.challenge();
        String text = switch (kind) {
            case "reference" -> challenge.referenceAnswer();
            case "feedback" -> challenge.rubric().criteria().stream().map(c -> c.feedback().orElse(c.description()))
                    .collect(Collectors.joining(" "));
            default -> throw new IllegalArgumentException(kind);
        };
        return session.submit(step.id(), Answer.of(text));
    }

    @Test
    void pastingTheReferenceAnswerBackEarnsNoMasteryAndTheFeedbackSaysWhy() {
        var feedback = answerFirstStepWith("reference");
        assertThat(feedback.attempt().grade().status()).isEqualTo(GradeStatus.ABSTAIN);
        assertThat(feedback.attempt().grade().message()).hasValueSatisfying(m -> assertThat(m)
                .contains("Not counted").contains("the reference answer").contains("rubric ").contains("had scored it"));
        assertThat(feedback.attempt().grade().graderId()).as("the coach's refusal, not the grader's").isEqualTo("coach");
        assertThat(feedback.passed()).isFalse();
        assertThat(feedback.masteryChanges()).isEmpty();
    }

    @Test
    void pastingTheFeedbackBackEarnsNoMastery() {
        var feedback = answerFirstStepWith("feedback");
        assertThat(feedback.attempt().grade().status()).isEqualTo(GradeStatus.ABSTAIN);
        assertThat(feedback.masteryChanges()).isEmpty();
    }
}

package dev.interviewcoach.graders.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.api.Answer;
import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.ChallengeLevel;
import dev.interviewcoach.api.Criterion;
import dev.interviewcoach.api.Evidence;
import dev.interviewcoach.api.Prompt;
import dev.interviewcoach.api.Rubric;
import dev.interviewcoach.spi.GradingRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JVM-wide memory of stems holds content's words only: grading an answer leaves none of its words behind. */
class StemsTests {
    @Test
    void gradingRemembersTheRubricsWordsAndNoneOfTheAnswersOwn() {
        var challenge = Challenge.of("t.define.stems", "t", ChallengeLevel.DEFINE, "t.topic",
                Prompt.of("What does a zanzibarish cache do?"),
                Rubric.of(List.of(Criterion.of("c", 1, "Says it quorbles.", List.of(Evidence.of("it quorbles the entries"))))),
                "It quorbles the entries.");
        new RubricGrader().grade(GradingRequest.of(challenge, Answer.of("My secret is that it flumbergasts the entries nightly.")));
        assertThat(Stems.knows("quorbles")).isTrue();
        assertThat(Stems.knows("zanzibarish")).isTrue();
        assertThat(Stems.knows("flumbergasts")).isFalse();
        assertThat(Stems.knows("nightly")).isFalse();
    }

    @Test
    void aRememberedStemIsTheStemmersOwn() {
        String word = "quibblingly";
        String fresh = Stems.forAnswer().stem(word);
        Stems.forContent().stem(word);
        assertThat(Stems.knows(word)).isTrue();
        assertThat(Stems.forAnswer().stem(word)).isEqualTo(fresh);
    }
}

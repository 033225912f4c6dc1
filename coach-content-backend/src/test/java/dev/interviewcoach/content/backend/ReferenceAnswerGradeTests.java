package dev.interviewcoach.content.backend;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.api.Answer;
import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.DetectedMisconception;
import dev.interviewcoach.core.Graders;
import dev.interviewcoach.spi.GradingRequest;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A challenge's reference answer is the model answer the coach shows, so its own rubric must call it
 * strong (at least 0.8) and find none of its misconceptions in it; a miss means the rubric's
 * paraphrases or misconception patterns do not fit the content, not that the answer is wrong.
 */
class ReferenceAnswerGradeTests {
    static Stream<Challenge> all() {
        return Tracks.everyChallenge().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("all")
    void theReferenceAnswerScoresStrongOnItsOwnRubricWithoutAMisconception(Challenge c) {
        var grade = Graders.rubric().grade(GradingRequest.of(c, Answer.of(c.referenceAnswer())));
        assertThat(grade.isScored()).as(c.id() + " is graded").isTrue();
        assertThat(grade.misconceptions()).extracting(DetectedMisconception::misconceptionId)
                .as(c.id() + " misconceptions found in its own reference answer").isEmpty();
        assertThat(grade.score().orElseThrow()).as(c.id() + " reference answer score").isGreaterThanOrEqualTo(0.8);
    }
}

package dev.interviewcoach.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.api.Answer;
import dev.interviewcoach.core.Graders;
import dev.interviewcoach.core.TrackLoader;
import dev.interviewcoach.spi.GradingRequest;
import org.junit.jupiter.api.Test;

/** The example grader is found by name through ServiceLoader and caps answers that are too brief. */
class BriefAnswerGraderTests {
    @Test
    void theGraderIsFoundByNameThroughItsProvider() {
        assertThat(Graders.byName("brief-answers").id()).isEqualTo("brief-answers");
    }

    @Test
    void aBriefAnswerIsCappedAndALongerOneIsNot() {
        var challenge = TrackLoader.discover().load("backend").challenges().get(0);
        var grader = Graders.byName("brief-answers");
        var full = grader.grade(GradingRequest.of(challenge, Answer.of(challenge.referenceAnswer())));
        var rubric = Graders.rubric().grade(GradingRequest.of(challenge, Answer.of(challenge.referenceAnswer())));
        assertThat(full.score()).isEqualTo(rubric.score());
        String brief = String.join(" ", java.util.Arrays.copyOf(challenge.referenceAnswer().split("\\s+"), 8));
        var capped = grader.grade(GradingRequest.of(challenge, Answer.of(brief)));
        assertThat(capped.score().getAsDouble()).isLessThanOrEqualTo(0.5);
    }
}

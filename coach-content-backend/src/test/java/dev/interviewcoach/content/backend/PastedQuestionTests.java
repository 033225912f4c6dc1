package dev.interviewcoach.content.backend;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.api.Answer;
import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.core.Graders;
import dev.interviewcoach.spi.GradingRequest;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A debugging question's scenario holds the very log lines, plans and code its rubric's evidence talks
 * about, so pasting the scenario and the question back as the answer used to pass on some of them.
 * What an answer only copies is not its own: on every shipped challenge such an echo stays at most
 * {@value #ECHO_CEILING}, the grader kit's bound for an echo.
 */
class PastedQuestionTests {
    private static final double ECHO_CEILING = 0.2;

    static Stream<Challenge> all() {
        return Tracks.everyChallenge().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("all")
    void theScenarioAndQuestionPastedBackEarnAtMostAnEchosScore(Challenge c) {
        var prompt = c.prompt();
        String pasted = prompt.scenario().map(s -> s + "\n\n").orElse("") + prompt.text();
        double score = Graders.rubric().grade(GradingRequest.of(c, Answer.of(pasted))).score().orElse(0);
        assertThat(score).as("the scenario and question of %s pasted back", c.id()).isLessThanOrEqualTo(ECHO_CEILING);
    }
}

package dev.interviewcoach.content.backend;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.api.Answer;
import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.DetectedMisconception;
import dev.interviewcoach.api.Misconception;
import dev.interviewcoach.core.Graders;
import dev.interviewcoach.spi.GradingRequest;
import java.util.LinkedHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A misconception's correction is what the interviewer would say instead, so a candidate who answers
 * with it must not be told they hold that misconception: no misconception's patterns fire on its own
 * correction text.
 */
class OwnCorrectionTests {
    record Case(Challenge challenge, Misconception misconception) {
        @Override
        public String toString() {
            return challenge.id() + " " + misconception.id();
        }
    }

    static Stream<Case> misconceptions() {
        var byId = new LinkedHashMap<String, Challenge>();
        Stream.of(Tracks.BACKEND.challenges(), Tracks.BACKEND.bossChallenges(),
                        Tracks.BACKEND_GO.challenges(), Tracks.BACKEND_GO.bossChallenges())
                .flatMap(list -> list.stream())
                .forEach(c -> byId.putIfAbsent(c.id() + "\n" + c.hashCode(), c));
        return byId.values().stream().flatMap(c -> c.misconceptions().stream().map(m -> new Case(c, m)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("misconceptions")
    void aMisconceptionIsNotDetectedInItsOwnCorrection(Case k) {
        var grade = Graders.rubric().grade(GradingRequest.of(k.challenge(), Answer.of(k.misconception().correction())));
        assertThat(grade.misconceptions()).extracting(DetectedMisconception::misconceptionId)
                .as(k + " found in its own correction: " + k.misconception().correction())
                .doesNotContain(k.misconception().id());
    }
}

package dev.interviewcoach.content.backend;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.api.Answer;
import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.ChallengeLevel;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A PRESSURE reference answer is what a strong candidate could say in the time given, so it keeps
 * to its own word budget, counted the way the coach counts an answer's words.
 */
class ReferenceAnswerBudgetTests {
    static Stream<Challenge> pressure() {
        return Tracks.everyChallenge().stream().filter(c -> c.level() == ChallengeLevel.PRESSURE);
    }

    @Test
    void everyRungHasPressureChallengesToCheck() {
        assertThat(pressure()).hasSizeGreaterThanOrEqualTo(32).allSatisfy(c -> assertThat(c.prompt().wordBudget()).isPresent());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pressure")
    void thePressureReferenceAnswerFitsItsWordBudget(Challenge c) {
        int budget = c.prompt().wordBudget().orElseThrow();
        assertThat(Answer.of(c.referenceAnswer()).wordCount())
                .as("%s reference answer words (budget %d)", c.id(), budget)
                .isLessThanOrEqualTo(budget);
    }
}

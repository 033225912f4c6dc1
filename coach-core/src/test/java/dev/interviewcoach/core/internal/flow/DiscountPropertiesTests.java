package dev.interviewcoach.core.internal.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.interviewcoach.api.Answer;
import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.ChallengeLevel;
import dev.interviewcoach.api.Criterion;
import dev.interviewcoach.api.Evidence;
import dev.interviewcoach.api.Grade;
import dev.interviewcoach.api.Prompt;
import dev.interviewcoach.api.Rubric;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Invariants of the evidence discount, for any score, word count, time and hints. */
class DiscountPropertiesTests {
    private static final Challenge PRESSURE = Challenge.of("c.pressure", "c", ChallengeLevel.PRESSURE, "t",
            new Prompt("Answer under pressure.", Optional.empty(), List.of(), Optional.of(Duration.ofSeconds(60)),
                    OptionalInt.of(100)),
            Rubric.of(List.of(Criterion.of("point", 1, "makes the point", List.of(Evidence.of("point"))))), "point");

    @Test
    void theDiscountNeverRaisesAScoreAndKeepsItInTheUnitInterval() {
        qt().withExamples(500).forAll(doubles().between(0, 1), integers().between(0, 400), integers().between(0, 600),
                integers().between(0, 8)).checkAssert((score, words, seconds, hints) -> {
                    var answer = new Answer("w ".repeat(words), Duration.ofSeconds(seconds), hints);
                    var grade = Grade.ok(score, List.of(), List.of(), List.of(), "", "g", "1");
                    var discounted = Discounts.apply(grade, PRESSURE, answer, true);
                    double after = discounted.grade().score().getAsDouble();
                    assertThat(after).isBetween(0.0, score + 1e-12);
                    assertThat(discounted.discount().factor()).isBetween(0.0, 1.0);
                    assertThat(after).isCloseTo(score * discounted.discount().factor(), org.assertj.core.data.Offset.offset(1e-12));
                    boolean within = words <= 100 && seconds <= 60 && hints == 0;
                    assertThat(discounted.discount().applies()).isEqualTo(!within);
                    assertThat(Discounts.apply(grade, PRESSURE, answer, false).grade().score().getAsDouble())
                            .as("with pressure off only hints count").isGreaterThanOrEqualTo(after);
                });
    }

    @Test
    void moreWordsOverTheBudgetNeverGiveMoreEvidence() {
        qt().withExamples(300).forAll(integers().between(0, 400), integers().between(0, 400)).checkAssert((a, b) -> {
            var grade = Grade.ok(1, List.of(), List.of(), List.of(), "", "g", "1");
            double fewer = Discounts.apply(grade, PRESSURE, Answer.of("w ".repeat(Math.min(a, b))), true).discount().factor();
            double more = Discounts.apply(grade, PRESSURE, Answer.of("w ".repeat(Math.max(a, b))), true).discount().factor();
            assertThat(more).isLessThanOrEqualTo(fewer);
        });
    }
}

package dev.interviewcoach.core.internal.flow;

import static org.assertj.core.api.Assertions.assertThat;

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

/** A discount's reason names a discount there is, in figures that show it. */
class DiscountReasonTests {
    private static final Grade GRADE = Grade.ok(0.9, List.of(), List.of(), List.of(), "", "g", "1");

    private static Challenge pressure(int seconds, int words) {
        return Challenge.of("c.pressure", "c", ChallengeLevel.PRESSURE, "t",
                new Prompt("Answer under pressure.", Optional.empty(), List.of(), Optional.of(Duration.ofSeconds(seconds)),
                        OptionalInt.of(words)),
                Rubric.of(List.of(Criterion.of("point", 1, "makes the point", List.of(Evidence.of("point"))))), "point");
    }

    @Test
    void aFractionOfASecondOverTheLimitIsNoDiscountAndGivesNoReason() {
        var answer = new Answer("the point", Duration.ofMillis(120_400), 0);

        var discounted = Discounts.apply(GRADE, pressure(120, 100), answer, true);

        assertThat(discounted.discount().applies()).isFalse();
        assertThat(discounted.discount().reasons()).isEmpty();
        assertThat(discounted.grade().score()).hasValue(0.9);
    }

    @Test
    void aWholeSecondOverTheLimitIsCountedAndItsReasonShowsTheDiscount() {
        var answer = new Answer("the point", Duration.ofMillis(121_700), 0);

        var discounted = Discounts.apply(GRADE, pressure(120, 100), answer, true);

        assertThat(discounted.discount().reasons()).containsExactly("121 s for a 120 s limit (1 % over): ×0.99");
        assertThat(discounted.discount().factor()).isEqualTo(120.0 / 121);
    }

    @Test
    void aDiscountThatTwoDecimalsWouldShowAsNoneIsShownWithTheDecimalsThatShowIt() {
        var answer = Answer.of("w ".repeat(201));

        var discounted = Discounts.apply(GRADE, pressure(120, 200), answer, true);

        assertThat(discounted.discount().reasons())
                .containsExactly("201 words for a 200-word budget (less than 1 % over): ×0.995");
        assertThat(discounted.grade().feedback()).contains("(×0.995)");
    }
}

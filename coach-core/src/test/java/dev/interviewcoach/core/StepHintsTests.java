package dev.interviewcoach.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.ChallengeLevel;
import dev.interviewcoach.api.Criterion;
import dev.interviewcoach.api.Evidence;
import dev.interviewcoach.api.Prompt;
import dev.interviewcoach.api.Rubric;
import dev.interviewcoach.api.StepReason;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A step says how many of its challenge's hints its why already gives, so a host's hint button does not repeat one. */
class StepHintsTests {
    private static final Challenge CHALLENGE;

    static {
        var base = Challenge.of("t.define.hints", "t", ChallengeLevel.DEFINE, "t.topic", Prompt.of("What is it?"),
                Rubric.of(List.of(Criterion.of("c", 1, "Says it.", List.of(Evidence.of("says it"))))), "It is.");
        CHALLENGE = new Challenge(base.id(), base.conceptId(), base.level(), base.topicId(), List.of(), base.prompt(),
                base.rubric(), List.of(), base.referenceAnswer(), List.of("Think of the server.", "Compare two calls."),
                List.of(), List.of(), List.of());
    }

    private static Step step(StepReason reason, String why) {
        return new Step("s-1", CHALLENGE, reason, why, 1, Instant.EPOCH);
    }

    @Test
    void aRecoveryWhoseWhyEndsWithTheFirstHintHasGivenOne() {
        assertThat(step(StepReason.RECOVERY, "Two misses: a different question, with a hint. Hint: Think of the server.")
                .hintsGiven()).isEqualTo(1);
    }

    @Test
    void otherStepsAndARecoveryWithoutTheHintHaveGivenNone() {
        assertThat(step(StepReason.RECOVERY, "Two misses: a step down to a rung your answers have not shown.").hintsGiven())
                .isZero();
        assertThat(step(StepReason.PRACTICE, "Next on the ladder. Hint: Think of the server.").hintsGiven()).isZero();
    }
}

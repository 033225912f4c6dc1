package dev.interviewcoach.graders.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Terse notes, a statement a line, keep their credit though their grammar is thinner than prose's; the
 * same words on one line, or a list of terms a few to a line, are still a list of terms.
 */
class NotesLayoutTests {
    private static final String[] LINES = {
        "- limit keyed by API key, NAT puts whole office one IP",
        "- token bucket, Redis INCR + EXPIRE, Lua script, atomic across instances",
        "- exceeded limit means 429 + Retry-After header, body names limit",
        "- burst equals bucket size 20, refill 5/s, tuned per plan",
        "- Redis down means fail open reads, closed writes, alert ops",
    };

    @Test
    void notesOfAStatementALineAreNotAListOfTerms() {
        var notes = TextAnalyzer.analyze(String.join("\n", LINES));
        assertThat(notes.functionWordRatio()).as("thinner grammar than prose").isLessThan(Guards.PROSE_RATIO);
        assertThat(Guards.soup(notes)).isEqualTo(1.0);
    }

    @Test
    void theSameWordsOnOneLineAreStillDiscounted() {
        var oneLine = TextAnalyzer.analyze(String.join(" ", LINES).replace("- ", ""));
        assertThat(Guards.soup(oneLine)).isLessThan(1.0);
    }

    @Test
    void aListOfTermsAFewToALineIsStillAListOfTerms() {
        var bullets = TextAnalyzer.analyze("- token bucket\n- sliding window\n- Redis INCR\n- Lua script\n- 429 status\n"
                + "- Retry-After header\n- per API key\n- fail open");
        assertThat(Guards.soup(bullets)).isZero();
    }

    @Test
    void aDiscountedAnswerIsToldWhyInItsFeedbackAndAnAnswerInSentencesIsNot() {
        var criterion = dev.interviewcoach.api.Criterion.of("idea", 1, "The idea.",
                java.util.List.of(dev.interviewcoach.api.Evidence.of("token bucket in redis")));
        var c = dev.interviewcoach.api.Challenge.of("t.define.w", "t", dev.interviewcoach.api.ChallengeLevel.DEFINE,
                "t.topic", dev.interviewcoach.api.Prompt.of("How do you rate-limit an API?"),
                dev.interviewcoach.api.Rubric.of(java.util.List.of(criterion)), "unused");
        var grader = new RubricGrader();
        var soup = grader.grade(dev.interviewcoach.spi.GradingRequest.of(c, dev.interviewcoach.api.Answer.of(
                "token bucket redis INCR EXPIRE lua script 429 retry-after sliding window per key fail open")));
        assertThat(soup.feedback().lines().findFirst().orElse("")).contains("reads as a list of terms")
                .containsPattern("earns? (nothing|\\d+ % of its credit)");
        var prose = grader.grade(dev.interviewcoach.spi.GradingRequest.of(c, dev.interviewcoach.api.Answer.of(
                "We keep a token bucket in Redis for each key, and a request that finds it empty gets a 429.")));
        assertThat(prose.feedback()).doesNotContain("list of terms").doesNotContain("% of its credit");
    }

    private static dev.interviewcoach.api.Challenge rateLimiting() {
        var criterion = dev.interviewcoach.api.Criterion.of("idea", 1, "The idea.",
                java.util.List.of(dev.interviewcoach.api.Evidence.of("token bucket in redis")));
        return dev.interviewcoach.api.Challenge.of("t.define.w", "t", dev.interviewcoach.api.ChallengeLevel.DEFINE,
                "t.topic", dev.interviewcoach.api.Prompt.of("How do you rate-limit an API?"),
                dev.interviewcoach.api.Rubric.of(java.util.List.of(criterion)), "unused");
    }

    @Test
    void aMildDiscountForThinGrammarLowersTheScoreButLeavesACriterionItsEvidenceMetShownAsMet() {
        // few grammar words, a line or two: discounted in part, not to nothing
        var grade = new RubricGrader().grade(dev.interviewcoach.spi.GradingRequest.of(rateLimiting(),
                dev.interviewcoach.api.Answer.of("token bucket in redis per API key, INCR and EXPIRE Lua script, "
                        + "429 Retry-After, refill 5/s, burst 20, fail open outage")));
        assertThat(grade.feedback()).contains("reads as a list of terms");
        assertThat(grade.score().getAsDouble()).isLessThan(1.0).isGreaterThanOrEqualTo(RubricGrader.FORM_DISCOUNT_FROM);
        assertThat(grade.criteria()).singleElement().satisfies(r -> {
            assertThat(r.outcome()).isEqualTo(dev.interviewcoach.api.CriterionOutcome.MET);
            assertThat(r.credit()).isEqualTo(1.0);
        });
    }

    @Test
    void aHeavyDiscountShowsOnTheCriterionSoNoneReadsAsMetInAnAnswerThatEarnsLittle() {
        var grade = new RubricGrader().grade(dev.interviewcoach.spi.GradingRequest.of(rateLimiting(),
                dev.interviewcoach.api.Answer.of("token bucket redis INCR EXPIRE lua script 429 retry-after sliding window "
                        + "per key fail open")));
        assertThat(grade.score().getAsDouble()).isLessThan(RubricGrader.FORM_DISCOUNT_FROM);
        assertThat(grade.criteria()).singleElement()
                .satisfies(r -> assertThat(r.outcome()).isNotEqualTo(dev.interviewcoach.api.CriterionOutcome.MET));
    }
}

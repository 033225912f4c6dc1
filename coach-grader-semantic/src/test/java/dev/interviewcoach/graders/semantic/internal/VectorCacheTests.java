package dev.interviewcoach.graders.semantic.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.api.Answer;
import dev.interviewcoach.api.ChallengeLevel;
import dev.interviewcoach.api.Criterion;
import dev.interviewcoach.api.Evidence;
import dev.interviewcoach.api.Prompt;
import dev.interviewcoach.api.Rubric;
import dev.interviewcoach.spi.GradingRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

class VectorCacheTests {
    private static final dev.interviewcoach.api.Challenge CHALLENGE = dev.interviewcoach.api.Challenge.of(
            "cache.test", "http", ChallengeLevel.DEFINE, "http.cache",
            Prompt.of("Why put a cache in front of a database?"),
            Rubric.of(List.of(Criterion.of("load", 1, "Cuts the load on the database.",
                    List.of(Evidence.of("fewer queries reach the database", "less database load"))))),
            "A cache serves repeated reads from memory. Fewer queries reach the database, so it has less load.");

    @Test
    void rubricWordingsAreEmbeddedOnceAndKeptForTheNextAnswer() {
        var cache = new VectorCache();
        var grader = new WindowedGrader(
                dev.interviewcoach.graders.BuiltInGraders.rubric(new SemanticMatcher(ModelSpec.MINILM_L6_V2_Q,
                        MatchSettings.DEFAULT, cache)));
        grader.grade(GradingRequest.of(CHALLENGE, Answer.of("The cache answers many reads so the database works less.")));
        int kept = cache.size();
        assertThat(kept).isPositive();
        grader.grade(GradingRequest.of(CHALLENGE, Answer.of("Reads come from memory, which spares the database.")));
        assertThat(cache.size()).isEqualTo(kept);
    }

    @Test
    void referenceSentencesAreEmbeddedOncePerChallenge() {
        var cache = new VectorCache();
        var grader = new SemanticReferenceGrader(ModelSpec.MINILM_L6_V2_Q, 0.5, cache);
        grader.grade(GradingRequest.of(CHALLENGE, Answer.of("The cache answers many reads so the database works less.")));
        assertThat(cache.size()).isEqualTo(2); // the reference's two sentences
        grader.grade(GradingRequest.of(CHALLENGE, Answer.of("Reads come from memory, which spares the database.")));
        assertThat(cache.size()).isEqualTo(2);
    }

    @Test
    void theCacheKeepsAtMostItsBudgetOfFloats() {
        var cache = new VectorCache(5 * 384); // five sentence vectors of 384 dimensions
        var encoder = Encoder.of(ModelSpec.MINILM_L6_V2_Q);
        var texts = new java.util.ArrayList<String>();
        for (int i = 0; i < 8; i++) {
            texts.add("w" + i);
        }
        cache.vectors("scope", texts, encoder);
        assertThat(cache.size()).isEqualTo(5);
    }
}

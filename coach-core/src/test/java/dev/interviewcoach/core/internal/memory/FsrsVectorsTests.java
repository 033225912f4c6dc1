package dev.interviewcoach.core.internal.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reproduces the FSRS-6 reference numbers in {@code fsrs6-vectors.json} (from the py-fsrs and fsrs-rs
 * test suites; see its "about"): formula values within 1e-4, intervals exactly in double precision
 * without the maximum-interval cap. Its learning-steps sequence is informational only: this scheduler
 * works in whole days and has no minute-level learning steps.
 */
class FsrsVectorsTests {
    private static final double TOLERANCE = 1e-4;
    private static JsonNode vectors;
    private final Fsrs fsrs = Fsrs.defaults();

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = FsrsVectorsTests.class.getResourceAsStream("/fsrs6-vectors.json")) {
            vectors = new ObjectMapper().readTree(in);
        }
    }

    @Test
    void theReferenceFileKeepsItsAttribution() {
        assertThat(vectors.get("about").asText()).contains("py-fsrs", "fsrs-rs", "MIT", "BSD-3");
    }

    @Test
    void theDefaultWeightsAreTheReferenceWeights() {
        var expected = vectors.get("default_weights");
        assertThat(fsrs.weights()).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            assertThat(fsrs.weights()[i]).isEqualTo(expected.get(i).asDouble());
        }
    }

    @Test
    void retrievabilityMatchesTheReference() {
        var v = vectors.get("retrievability");
        for (int i = 0; i < v.get("expected").size(); i++) {
            var in = v.get("inputs_t_days_and_stability").get(i);
            assertThat(fsrs.retrievability(in.get(0).asDouble(), in.get(1).asDouble()))
                    .isCloseTo(v.get("expected").get(i).asDouble(), within(TOLERANCE));
        }
    }

    @Test
    void nextDifficultyFromFiveMatchesTheReference() {
        var v = vectors.get("next_difficulty_from_5");
        for (int i = 0; i < v.get("ratings").size(); i++) {
            assertThat(fsrs.nextDifficulty(5, Rating.of(v.get("ratings").get(i).asInt())))
                    .isCloseTo(v.get("expected").get(i).asDouble(), within(TOLERANCE));
        }
    }

    @Test
    void stabilityAfterSuccessFromFiveMatchesTheReference() {
        var v = vectors.get("stability_after_success_from_s5");
        for (int i = 0; i < v.get("expected").size(); i++) {
            var in = v.get("inputs_difficulty_retrievability_rating").get(i);
            var rating = Rating.of(in.get(2).asInt());
            assertThat(fsrs.stabilityAfterSuccess(5, in.get(0).asDouble(), in.get(1).asDouble(), rating))
                    .isCloseTo(v.get("expected").get(i).asDouble(), within(TOLERANCE));
        }
    }

    @Test
    void stabilityAfterALapseFromFiveMatchesTheReference() {
        var v = vectors.get("stability_after_lapse_from_s5");
        for (int i = 0; i < v.get("expected").size(); i++) {
            var in = v.get("inputs_difficulty_retrievability").get(i);
            assertThat(fsrs.stabilityAfterLapse(5, in.get(0).asDouble(), in.get(1).asDouble()))
                    .isCloseTo(v.get("expected").get(i).asDouble(), within(TOLERANCE));
        }
    }

    @Test
    void sameDayStabilityFollowsTheFsrsRsRule() {
        var v = vectors.get("same_day_stability_from_s5");
        for (int i = 0; i < v.get("ratings").size(); i++) {
            var rating = Rating.of(v.get("ratings").get(i).asInt());
            double expected = v.get("expected").get(i).asDouble();
            assertThat(fsrs.shortTermStability(5, rating)).isCloseTo(expected, within(TOLERANCE));
            assertThat(fsrs.next(new MemoryState(5, 5), 0, rating).stability()).isCloseTo(expected, within(TOLERANCE));
        }
    }

    @Test
    void intervalsForStabilityOneAreExactInDoublePrecision() {
        var v = vectors.get("next_interval_for_s1");
        for (int i = 0; i < v.get("desired_retention").size(); i++) {
            long expected = v.get("expected_days").get(i).asLong();
            if (i == 0) {
                // the reference lists fsrs-rs's float32 value; its note gives the double-precision one
                assertThat(v.get("note").asText()).contains("3116769");
                expected = 3116769;
            }
            assertThat(fsrs.intervalDays(1, v.get("desired_retention").get(i).asDouble())).isEqualTo(expected);
        }
    }

    @Test
    void theMemoryStateAfterAReviewSequenceMatchesTheReference() {
        var v = vectors.get("memory_state_sequence");
        var ratings = v.get("ratings");
        var days = v.get("day_offsets_between_reviews");
        var state = fsrs.initial(Rating.of(ratings.get(0).asInt()));
        for (int i = 1; i < ratings.size(); i++) {
            state = fsrs.next(state, days.get(i).asLong(), Rating.of(ratings.get(i).asInt()));
        }
        assertThat(state.stability()).isCloseTo(v.get("expected_stability").asDouble(), within(TOLERANCE));
        assertThat(state.difficulty()).isCloseTo(v.get("expected_difficulty").asDouble(), within(TOLERANCE));
    }

    @Test
    void repeatedEasyAnswersBringDifficultyDownToItsFloor() {
        var state = fsrs.initial(Rating.EASY);
        for (int i = 1; i < 10; i++) {
            state = fsrs.next(state, i, Rating.EASY);
        }
        assertThat(state.difficulty()).isCloseTo(vectors.get("repeated_easy").get("expected_difficulty").asDouble(),
                within(TOLERANCE));
    }
}

package dev.interviewcoach.graders.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reference grader settings reject values that cannot be scored with, and keep scores in [0, 1]. */
class ReferenceSettingsTests {
    @Test
    void aQuestionWeightOutsideTheUnitIntervalIsRejected() {
        assertThatThrownBy(() -> ReferenceSettings.DEFAULT.withQuestionWeight(1.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("questionWeight");
    }

    @Test
    void aWeightThatIsNotFiniteIsRejected() {
        assertThatThrownBy(() -> ReferenceSettings.DEFAULT.withWeights(0, Map.of(ReferenceFeature.BM25, Double.NaN)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("BM25");
    }

    @Test
    void aProbeScoresItsFeatureAsItIs() {
        double[] features = new double[ReferenceFeature.values().length];
        features[ReferenceFeature.COSINE.ordinal()] = 0.42;
        assertThat(ReferenceSettings.DEFAULT.only(ReferenceFeature.COSINE).score(features)).isEqualTo(0.42);
    }

    @Test
    void fittedWeightsThatOvershootAreClampedToTheUnitInterval() {
        double[] features = new double[ReferenceFeature.values().length];
        java.util.Arrays.fill(features, 1.0);
        var settings = ReferenceSettings.DEFAULT.withWeights(0.5, Map.of(ReferenceFeature.LENGTH, 2.0));
        assertThat(settings.score(features)).isEqualTo(1.0);
        assertThat(settings.withWeights(-3, Map.of()).score(features)).isZero();
    }
}

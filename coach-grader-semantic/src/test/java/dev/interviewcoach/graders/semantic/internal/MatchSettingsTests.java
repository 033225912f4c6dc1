package dev.interviewcoach.graders.semantic.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MatchSettingsTests {
    private final MatchSettings settings = new MatchSettings(0.8, 0.7, 0.9, true, 1);

    @Test
    void creditRisesFromHalfAtThePartialThresholdToFullAtTheFullThreshold() {
        assertThat(settings.credit(0.69)).isZero();
        assertThat(settings.credit(0.70)).isEqualTo(0.5);
        assertThat(settings.credit(0.75)).isCloseTo(0.75, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(settings.credit(0.80)).isEqualTo(1);
        assertThat(settings.credit(0.99)).isEqualTo(1);
    }

    @Test
    void thresholdsOutOfOrderAreRejected() {
        assertThatThrownBy(() -> new MatchSettings(0.6, 0.7, 0.9, true, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("partial <= full");
    }

    @Test
    void aCeilingCapsTheCreditOfWhatOnlyTheModelHeard() {
        var capped = new MatchSettings(0.8, 0.7, 0.9, true, 0.5);
        assertThat(capped.credit(0.69)).isZero();
        assertThat(capped.credit(0.75)).isEqualTo(0.5);
        assertThat(capped.credit(0.99)).isEqualTo(0.5);
        assertThatThrownBy(() -> new MatchSettings(0.8, 0.7, 0.9, true, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ceiling");
    }

    @Test
    void byDefaultWhatOnlyTheModelHeardPartlyMeetsACriterion() {
        assertThat(MatchSettings.DEFAULT.credit(0.95)).isEqualTo(0.5);
    }

    @Test
    void theDefaultsAskMoreOfAMisconceptionThanOfCriterionEvidence() {
        assertThat(MatchSettings.DEFAULT.claim()).isGreaterThan(MatchSettings.DEFAULT.full());
    }
}

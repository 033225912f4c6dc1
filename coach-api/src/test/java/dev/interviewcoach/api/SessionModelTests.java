package dev.interviewcoach.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interviewcoach.spi.GraderSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The model of steps, profiles and grader configuration: defaults, copies and clear errors. */
class SessionModelTests {
    @Test
    void aProfileOfTheFourOriginalFieldsHasPressureOnAndNoFocus() {
        var profile = new LearnerProfile(Optional.of("junior"), List.of("java"), Optional.empty(), Map.of());
        assertThat(profile.pressure()).isTrue();
        assertThat(profile.focusConceptIds()).isEmpty();
        assertThat(profile.withPressure(false).withFocusTopics(List.of("caching")).focusTopicIds()).containsExactly("caching");
        assertThatThrownBy(() -> profile.withSessionLength(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eachWitherChangesItsOwnFieldAndKeepsTheRest() {
        var profile = LearnerProfile.empty().withInterviewDate(java.time.LocalDate.of(2027, 1, 15))
                .withStack(List.of("Java", "Spring Boot")).withPreferences(Map.of("theme", "dark"))
                .withFocusConcepts(List.of("caching"));
        assertThat(profile.stack()).containsExactly("Java", "Spring Boot");
        assertThat(profile.preferences()).containsEntry("theme", "dark");
        assertThat(profile.interviewDate()).hasValue(java.time.LocalDate.of(2027, 1, 15));
        assertThat(profile.focusConceptIds()).containsExactly("caching");
        assertThat(profile.withStack(List.of()).preferences()).containsEntry("theme", "dark");
    }

    @Test
    void eachOptionalFieldIsClearedByItsWithoutAndTheRestIsKept() {
        var full = LearnerProfile.empty().withTargetRole("junior").withInterviewDate(java.time.LocalDate.of(2027, 1, 15))
                .withTrackVariant("backend-go").withSessionLength(Duration.ofMinutes(20)).withStack(List.of("Go"));

        assertThat(full.withoutInterviewDate().interviewDate()).isEmpty();
        assertThat(full.withoutTargetRole().targetRole()).isEmpty();
        assertThat(full.withoutTrackVariant().trackVariant()).isEmpty();
        assertThat(full.withoutSessionLength().sessionLength()).isEmpty();
        assertThat(full.withoutInterviewDate().withoutTargetRole().withoutTrackVariant().withoutSessionLength())
                .isEqualTo(LearnerProfile.empty().withStack(List.of("Go")));
    }

    @Test
    void aStateWrittenByEarlierVersionsHasNoPendingStepAndTheCopiesKeepIt() {
        var state = LearnerState.initial(LearnerId.of("ada"), "backend", Instant.EPOCH);
        assertThat(state.pendingStep()).isEmpty();
        var step = new PendingStep("s1-x", "x", StepReason.PRACTICE, "why", 1, Instant.EPOCH);
        var withStep = state.withSteps(Optional.of(step), 3);
        assertThat(withStep.withStoreVersion(7).pendingStep()).contains(step);
        assertThat(withStep.withProfile(LearnerProfile.empty()).stepsAnswered()).isEqualTo(3);
    }

    @Test
    void aBadNumberInAGradersConfigurationIsACoachExceptionNamingGraderPropertyAndValue() {
        var spec = new GraderSpec("reference", Map.of("k1", "1,2", "limit", "12"));
        assertThat(spec.intProperty("limit")).hasValue(12);
        assertThat(spec.intProperty("absent")).isEmpty();
        assertThatThrownBy(() -> spec.doubleProperty("k1")).isInstanceOf(CoachException.class)
                .hasMessage("grader 'reference': property 'k1' = '1,2' is not a number");
    }
}

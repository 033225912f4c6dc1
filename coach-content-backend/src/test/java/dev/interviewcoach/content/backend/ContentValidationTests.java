package dev.interviewcoach.content.backend;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.core.TrackLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shipped tracks pass the loader's every check, the documented authoring rules included; a failure
 * lists each problem as {@code document:line:column at field: message}.
 */
class ContentValidationTests {
    @ParameterizedTest
    @ValueSource(strings = {"backend", "backend-go"})
    void theShippedTrackHasNoContentProblem(String trackId) {
        assertThat(TrackLoader.of(new BackendTrackProvider()).validate(trackId)).isEmpty();
    }
}

package dev.interviewcoach.content.backend;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.core.TrackLoader;
import dev.interviewcoach.core.TrackSnapshots;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The build writes a snapshot of each shipped track beside its manifest, and it stands for the YAML:
 * the track read from the snapshot equals the track read and checked from the YAML documents.
 */
class TrackSnapshotTests {
    @ParameterizedTest
    @ValueSource(strings = {"backend", "backend-go"})
    void theShippedSnapshotIsCurrentAndHoldsTheTrackTheYamlGives(String trackId) {
        var provider = new BackendTrackProvider();

        var fromSnapshot = TrackSnapshots.read(trackId, provider);

        assertThat(fromSnapshot).as("a current snapshot of %s (written by the build)", trackId).isPresent();
        assertThat(fromSnapshot.get()).isEqualTo(TrackLoader.of(provider).withoutSnapshots().load(trackId));
    }
}

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
    private static final BackendTrackProvider PROVIDER = new BackendTrackProvider();
    private static final TrackLoader YAML = TrackLoader.of(PROVIDER).withoutSnapshots();

    @ParameterizedTest
    @ValueSource(strings = {"backend", "backend-go"})
    void theShippedSnapshotIsCurrentAndHoldsTheTrackTheYamlGives(String trackId) {
        var fromSnapshot = TrackSnapshots.read(trackId, PROVIDER);

        assertThat(fromSnapshot).as("a current snapshot of %s (written by the build)", trackId).isPresent();
        assertThat(fromSnapshot.get()).isEqualTo(YAML.load(trackId));
    }
}

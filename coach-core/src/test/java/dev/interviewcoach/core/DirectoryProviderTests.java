package dev.interviewcoach.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.api.Track;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link TrackProviders#directory} takes a folder of track folders, or one track's own folder. */
class DirectoryProviderTests {
    @TempDir
    Path root;

    private Path copyOfMini(String folderName) throws IOException {
        Path folder = Files.createDirectories(root.resolve(folderName));
        Path mini = ContentFixtures.dir("tracks").resolve("mini");
        for (String name : new String[] {"track.yaml", "http.yaml"}) {
            Files.copy(mini.resolve(name), folder.resolve(name));
        }
        return folder;
    }

    @Test
    void aTracksOwnFolderIsThatTrackAsTheFolderAboveItServesIt() throws IOException {
        Path mini = copyOfMini("mini");

        var own = TrackLoader.of(TrackProviders.directory(mini));
        Track fromParent = TrackLoader.of(TrackProviders.directory(root)).load("mini");

        assertThat(own.trackIds()).containsExactly("mini");
        assertThat(own.load("mini")).isEqualTo(fromParent);
    }

    @Test
    void aTracksOwnFolderIsServedUnderItsManifestsIdWhateverTheFolderIsCalled() throws IOException {
        Path clone = copyOfMini("acme-content");

        var loader = TrackLoader.of(TrackProviders.directory(clone));

        assertThat(loader.trackIds()).containsExactly("mini");
        assertThat(loader.load("mini").challenge("http.define.idempotency")).isPresent();
    }
}

package dev.interviewcoach.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.interviewcoach.api.ContentException;
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

    @Test
    void aTrackFolderInsideTheGivenFolderIsServedUnderItsManifestsIdAsWhenItsOwnFolderIsGiven() throws IOException {
        Path b8 = copyOfMini("b8");

        var fromParent = TrackLoader.of(TrackProviders.directory(root));
        var own = TrackLoader.of(TrackProviders.directory(b8));

        assertThat(fromParent.trackIds()).containsExactly("mini");
        assertThat(fromParent.validate("mini")).as("a folder named otherwise than its track is no problem")
                .noneSatisfy(p -> assertThat(p.field()).isEqualTo("id"));
        assertThat(fromParent.load("mini")).isEqualTo(own.load("mini"));
        assertThat(TrackProviders.trackFolders(root)).containsOnlyKeys("mini").containsEntry("mini", b8);
        assertThat(TrackProviders.trackFolders(b8)).containsOnlyKeys("mini").containsEntry("mini", b8);
    }

    @Test
    void twoTrackFoldersWhoseManifestsGiveTheSameIdAreAProblemOfTheFolderNamingBoth() throws IOException {
        copyOfMini("a");
        copyOfMini("b");

        var e = catchThrowableOfType(ContentException.class, () -> TrackLoader.of(TrackProviders.directory(root)));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.resource()).isEqualTo(root.toString());
            assertThat(p.message()).isEqualTo("the track folders 'a' and 'b' both hold track 'mini' (the id in their "
                    + "track.yaml); give each track an id of its own");
        });
    }

    @Test
    void aFolderWithNoTrackHasNoTrackFolders() throws IOException {
        Files.createDirectories(root.resolve("notes"));
        Files.writeString(root.resolve("notes/readme.yaml"), "title: not a track\n");

        assertThat(TrackProviders.trackFolders(root)).isEmpty();
    }
}

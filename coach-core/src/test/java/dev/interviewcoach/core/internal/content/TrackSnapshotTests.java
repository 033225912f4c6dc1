package dev.interviewcoach.core.internal.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interviewcoach.api.ContentException;
import dev.interviewcoach.api.Track;
import dev.interviewcoach.core.TrackLoader;
import dev.interviewcoach.core.TrackProviders;
import dev.interviewcoach.core.TrackSnapshots;
import dev.interviewcoach.spi.TrackProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A track's snapshot stands for its YAML documents exactly while they are unchanged: the loader takes
 * the track from it then, reads the YAML otherwise, and a check of the content always reads the YAML.
 */
class TrackSnapshotTests {
    private static final String VARIANT = """
            id: mini-plus
            title: Mini track, plus
            version: 1.0.0
            base: mini
            addTopics:
              http: [{ id: http.retries, title: Retries }]
            documents: []
            """;

    @TempDir
    Path tmp;
    Path tracks;
    TrackProvider provider;

    @BeforeEach
    void copyTheFixtureTracks() throws IOException, URISyntaxException {
        tracks = tmp.resolve("tracks");
        Path fixtures = Path.of(TrackSnapshotTests.class.getResource("/fixtures/tracks").toURI());
        try (Stream<Path> files = Files.walk(fixtures)) {
            for (Path f : files.toList()) {
                Path to = tracks.resolve(fixtures.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to);
                }
            }
        }
        Files.createDirectories(tracks.resolve("mini-plus"));
        Files.writeString(tracks.resolve("mini-plus/track.yaml"), VARIANT);
        provider = TrackProviders.directory(tracks);
    }

    @ParameterizedTest
    @ValueSource(strings = {"mini", "ladder", "mini-plus"})
    void aSnapshotReadsBackAsTheTrackItsYamlGives(String trackId) throws IOException {
        writeSnapshot(trackId);

        Track fromYaml = TrackLoader.of(provider).withoutSnapshots().load(trackId);
        assertThat(TrackSnapshots.read(trackId, provider)).contains(fromYaml);
        assertThat(TrackLoader.of(provider).load(trackId)).isEqualTo(fromYaml);
    }

    @Test
    void theLoaderTakesTheTrackFromACurrentSnapshotWithoutParsingTheYaml() throws IOException {
        writeSnapshot("mini", retitled(yaml("mini"), "Taken from the snapshot"));

        assertThat(TrackLoader.of(provider).load("mini").title()).isEqualTo("Taken from the snapshot");
        assertThat(TrackLoader.of(provider).withoutSnapshots().load("mini").title()).isEqualTo("Mini track");
    }

    @Test
    void aChangedDocumentMakesTheLoaderReadTheYamlAgain() throws IOException {
        writeSnapshot("mini", retitled(yaml("mini"), "Taken from the snapshot"));
        Path document = tracks.resolve("mini/http.yaml");
        String before = Files.readString(document);
        String after = before.replace("Give an example.", "Show an example."); // the same length
        Files.writeString(document, after);

        Track loaded = TrackLoader.of(provider).load("mini");

        assertThat(after).hasSameSizeAs(before).isNotEqualTo(before);
        assertThat(loaded.title()).isEqualTo("Mini track");
        assertThat(loaded.challenges().get(0).prompt().text()).endsWith("Show an example.");
    }

    @Test
    void aChangedBaseDocumentMakesTheVariantsSnapshotOutOfDate() throws IOException {
        writeSnapshot("mini-plus", retitled(yaml("mini-plus"), "Taken from the snapshot"));
        assertThat(TrackLoader.of(provider).load("mini-plus").title()).isEqualTo("Taken from the snapshot");

        Path base = tracks.resolve("mini/track.yaml");
        Files.writeString(base, Files.readString(base).replace("title: HTTP", "title: HTTP basics"));

        Track loaded = TrackLoader.of(provider).load("mini-plus");
        assertThat(loaded.title()).isEqualTo("Mini track, plus");
        assertThat(loaded.concepts().get(0).title()).isEqualTo("HTTP basics");
    }

    @Test
    void aMissingSourceMakesTheSnapshotOutOfDate() throws IOException {
        writeSnapshot("ladder", retitled(yaml("ladder"), "Taken from the snapshot"));
        Path manifest = tracks.resolve("ladder/track.yaml");
        Files.writeString(manifest, Files.readString(manifest).replace(", caching.yaml", "").replace("caching.yaml, ", ""));
        Files.delete(tracks.resolve("ladder/caching.yaml"));

        assertThat(TrackSnapshots.read("ladder", provider)).isEmpty();
        assertThat(TrackLoader.of(provider).load("ladder").title()).isNotEqualTo("Taken from the snapshot");
    }

    @Test
    void bytesThatAreNotASnapshotOfThisFormatAreIgnored() throws IOException {
        writeSnapshot("mini", retitled(yaml("mini"), "Taken from the snapshot"));
        Path file = snapshotFile("mini");
        byte[] good = Files.readAllBytes(file);
        byte[] otherFormat = good.clone();
        otherFormat[7]++; // the format number's last byte
        List<byte[]> bad = List.of(new byte[0], "ICTS".getBytes(), Arrays.copyOf(good, good.length / 2),
                Arrays.copyOf(good, good.length + 1), otherFormat, Files.readAllBytes(tracks.resolve("mini/http.yaml")));

        for (byte[] bytes : bad) {
            Files.write(file, bytes);
            assertThat(TrackSnapshots.read("mini", provider)).isEmpty();
            assertThat(TrackLoader.of(provider).load("mini").title()).isEqualTo("Mini track");
        }
    }

    @Test
    void checkingATrackReadsItsYamlEvenWhileASnapshotStandsForIt() throws IOException {
        Track good = yaml("mini");
        Path document = tracks.resolve("mini/http.yaml");
        Files.writeString(document, Files.readString(document).replace("rung: DEFINE", "rung: DEFINED"));
        var sources = new ArrayList<TrackSnapshot.Source>();
        for (String name : List.of("track.yaml", "http.yaml")) {
            try (InputStream in = Files.newInputStream(tracks.resolve("mini").resolve(name))) {
                sources.add(new TrackSnapshot.Source("mini", name, TrackSnapshot.fingerprint(in)));
            }
        }
        try (OutputStream out = Files.newOutputStream(snapshotFile("mini"))) {
            TrackSnapshot.write(good, sources, out);
        }

        var loader = TrackLoader.of(provider);
        assertThat(loader.load("mini")).isEqualTo(good);
        assertThat(loader.validate("mini")).singleElement()
                .satisfies(p -> assertThat(p.toString()).startsWith("mini/http.yaml:4:11 at challenges[0].rung: "));
    }

    @Test
    void aTrackWithProblemsGetsNoSnapshot() throws IOException {
        Path document = tracks.resolve("mini/http.yaml");
        Files.writeString(document, Files.readString(document).replace("rung: DEFINE", "rung: DEFINED"));
        var out = new ByteArrayOutputStream();

        assertThatThrownBy(() -> TrackSnapshots.write("mini", out, provider)).isInstanceOf(ContentException.class);
        assertThat(out.size()).isZero();
    }

    private Track yaml(String trackId) {
        return TrackLoader.of(provider).withoutSnapshots().load(trackId);
    }

    private void writeSnapshot(String trackId) throws IOException {
        try (OutputStream out = Files.newOutputStream(snapshotFile(trackId))) {
            TrackSnapshots.write(trackId, out, provider);
        }
    }

    /** Writes a snapshot of the track's current documents that holds {@code track} instead of what they say. */
    private void writeSnapshot(String trackId, Track track) throws IOException {
        var recorder = new TrackSnapshot.Recorder();
        TrackLoader.of(new TrackProvider() {
            @Override
            public java.util.Set<String> trackIds() {
                return provider.trackIds();
            }

            @Override
            public InputStream open(dev.interviewcoach.spi.DocumentRequest request) throws IOException {
                return recorder.open(request.trackId(), request.name(), (t, n) -> provider.open(request));
            }
        }).withoutSnapshots().load(trackId);
        try (OutputStream out = Files.newOutputStream(snapshotFile(trackId))) {
            TrackSnapshot.write(track, recorder.sources(), out);
        }
    }

    private Path snapshotFile(String trackId) {
        return tracks.resolve(trackId).resolve(TrackSnapshots.DOCUMENT);
    }

    private static Track retitled(Track t, String title) {
        return new Track(t.id(), title, t.version(), t.description(), t.baseId(), t.concepts(), t.challenges(),
                t.bossChallenges(), t.outOfScope());
    }
}

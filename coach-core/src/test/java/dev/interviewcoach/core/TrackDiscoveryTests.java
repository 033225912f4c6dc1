package dev.interviewcoach.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interviewcoach.api.CoachException;
import dev.interviewcoach.api.Track;
import dev.interviewcoach.spi.DocumentRequest;
import dev.interviewcoach.spi.TrackProvider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link TrackLoader#discover(TrackProvider...)} combines the host's own providers with those ServiceLoader
 * finds ({@link DiscoveredBaseProvider} serves {@code fixture-base} from the test class path).
 */
class TrackDiscoveryTests {
    @TempDir
    Path root;

    @Test
    void aHostsOwnVariantIsLaidOverADiscoveredBaseTrack() throws IOException {
        Path company = companyFolder();

        Track track = TrackLoader.discover(TrackProviders.folder(company, "fixture")).load("fixture");

        assertThat(track.baseId()).contains(DiscoveredBaseProvider.TRACK);
        assertThat(track.challenge("payments.define.minor-units")).isPresent();
        assertThat(track.challenge("caching.define.ttl")).as("from the discovered base").isPresent();
    }

    @Test
    void withoutTheHostsProviderOnlyTheDiscoveredTracksAreKnown() throws IOException {
        assertThat(TrackLoader.discover().trackIds()).containsExactly(DiscoveredBaseProvider.TRACK);
        assertThat(TrackLoader.discover(TrackProviders.folder(companyFolder(), "fixture")).trackIds())
                .containsExactly("fixture", DiscoveredBaseProvider.TRACK);
    }

    @Test
    void aTrackTheHostSuppliesIsServedByTheHostsProviderRatherThanTheDiscoveredOne() {
        TrackProvider ownBase = manifestOnly(DiscoveredBaseProvider.TRACK, """
                id: fixture-base
                title: The host's own base
                version: 2.0.0
                concepts:
                  - { id: http, title: HTTP, order: 1, topics: [{ id: http.idempotency, title: Idempotency }] }
                documents: []
                """);
        assertThat(TrackLoader.discover(ownBase).load(DiscoveredBaseProvider.TRACK).title()).isEqualTo("The host's own base");
        assertThat(TrackLoader.discover(new DiscoveredBaseProvider()).load(DiscoveredBaseProvider.TRACK).title())
                .as("a discovered provider also given by the host is used once").isEqualTo("Fixture base track");
    }

    @Test
    void twoOfTheHostsProvidersSupplyingOneTrackAreAnError() {
        var a = manifestOnly("fixture", "");
        var b = manifestOnly("fixture", "");
        assertThatThrownBy(() -> TrackLoader.discover(a, b)).isInstanceOf(CoachException.class)
                .hasMessageContaining("track 'fixture' is supplied by both");
    }

    private Path companyFolder() throws IOException {
        Path company = Files.createDirectories(root.resolve("company"));
        for (Path f : ContentFixtures.list("layering/documents")) {
            Files.copy(f, company.resolve(f.getFileName()));
        }
        Files.copy(ContentFixtures.dir("layering").resolve("good-company.yaml"), company.resolve("track.yaml"));
        return company;
    }

    private static TrackProvider manifestOnly(String trackId, String manifest) {
        return new TrackProvider() {
            @Override
            public Set<String> trackIds() {
                return Set.of(trackId);
            }

            @Override
            public InputStream open(DocumentRequest request) {
                return new ByteArrayInputStream(manifest.getBytes(StandardCharsets.UTF_8));
            }
        };
    }

    @Test
    void aContentFolderThatDoesNotExistOrIsAFileIsAContentProblemOfThatFolderNotAnIoError() throws IOException {
        Path missing = root.resolve("no-such-folder");
        Path file = Files.writeString(root.resolve("a-file.yaml"), "id: x");

        assertThatThrownBy(() -> TrackLoader.discover(TrackProviders.directory(missing)))
                .isInstanceOf(dev.interviewcoach.api.ContentException.class)
                .satisfies(e -> assertThat(((dev.interviewcoach.api.ContentException) e).problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.resource()).isEqualTo(missing.toString());
                            assertThat(p.line()).isZero();
                            assertThat(p.message()).isEqualTo("no such content folder");
                        }));
        assertThatThrownBy(() -> TrackLoader.of(TrackProviders.directory(file)))
                .isInstanceOf(dev.interviewcoach.api.ContentException.class).hasMessageContaining("is not a folder");
    }
}

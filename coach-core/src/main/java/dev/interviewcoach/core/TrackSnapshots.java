package dev.interviewcoach.core;

import dev.interviewcoach.api.ContentException;
import dev.interviewcoach.api.Track;
import dev.interviewcoach.core.internal.Discovery;
import dev.interviewcoach.core.internal.content.TrackSnapshot;
import dev.interviewcoach.spi.DocumentRequest;
import dev.interviewcoach.spi.TrackProvider;
import java.io.ByteArrayOutputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Snapshots of tracks: a track already read and checked from its YAML documents, in a compact binary
 * form, with a fingerprint (length and 64 bits of checksums) of every document it was read from (a
 * variant's base included). {@link TrackLoader#load(String)} asks each provider for its track's
 * snapshot, the document {@value #DOCUMENT} beside the manifest, and uses it instead of parsing the YAML
 * while every one of those documents still has the fingerprint recorded; otherwise, and when there is
 * none, it reads the YAML.
 * {@link TrackLoader#validate(String)} never uses a snapshot.
 *
 * <p>A content module writes its snapshots when it is built, after its resources are in place, by
 * running {@link #main(String[])} on its class path (with {@code coach-core}), e.g. with
 * exec-maven-plugin's {@code java} goal in the {@code process-classes} phase:
 *
 * <pre>{@code
 * dev.interviewcoach.core.TrackSnapshots ${project.build.outputDirectory}/com/acme/tracks acme
 * }</pre>
 *
 * <p>A snapshot is read only by the coach-core whose snapshot format wrote it; another reads the YAML.
 *
 * @since 0.1
 */
public final class TrackSnapshots {
    /** The name of a track's snapshot, beside its manifest. */
    public static final String DOCUMENT = "track.snapshot";

    private static final Logger LOG = LoggerFactory.getLogger(TrackSnapshots.class);

    private TrackSnapshots() {}

    /**
     * Reads a track from its YAML documents, checks it as {@link TrackLoader#load(String)} does, and writes
     * its snapshot.
     *
     * @param trackId the track
     * @param out where the snapshot goes; nothing is written when the track has a problem
     * @param providers the providers of the track and of its base
     * @throws ContentException when the track has problems, holding every one
     * @throws IOException when writing fails
     */
    public static void write(String trackId, OutputStream out, TrackProvider... providers) throws IOException {
        new Writer(List.of(providers)).write(trackId, out);
    }

    /** Reads tracks from their YAML once each, a variant's base included, recording the documents read. */
    private static final class Writer {
        private final TrackSnapshot.Recorder recorder = new TrackSnapshot.Recorder();
        private final TrackLoader loader;

        Writer(List<TrackProvider> providers) {
            var recording = new ArrayList<TrackProvider>();
            for (var p : providers) {
                recording.add(new TrackProvider() {
                    @Override
                    public Set<String> trackIds() {
                        return p.trackIds();
                    }

                    @Override
                    public InputStream open(DocumentRequest request) throws IOException {
                        return recorder.open(request.trackId(), request.name(), (t, n) -> p.open(request));
                    }
                });
            }
            loader = TrackLoader.yamlOnly(recording);
        }

        /** Writes the snapshot of a track: its documents and those of its bases are its sources. */
        void write(String trackId, OutputStream out) throws IOException {
            Track track = loader.load(trackId);
            var tracks = new HashSet<String>();
            for (Track t = track; t != null; t = t.baseId().map(loader::load).orElse(null)) {
                tracks.add(t.id());
            }
            var sources = recorder.sources().stream().filter(s -> tracks.contains(s.trackId())).toList();
            TrackSnapshot.write(track, sources, out);
        }
    }

    /**
     * The track from its snapshot, when its provider has one and every document it was read from still
     * has the fingerprint recorded.
     *
     * @param trackId the track
     * @param providers the providers of the track and of its base
     * @return the track, or empty when there is no snapshot or it is out of date
     */
    public static Optional<Track> read(String trackId, TrackProvider... providers) {
        var byTrack = new HashMap<String, TrackProvider>();
        for (var p : providers) {
            p.trackIds().forEach(id -> byTrack.putIfAbsent(id, p));
        }
        return read(trackId, byTrack::get);
    }

    static Optional<Track> read(String trackId, Function<String, TrackProvider> providers) {
        TrackProvider provider = providers.apply(trackId);
        if (provider == null) {
            return Optional.empty();
        }
        try (InputStream in = provider.open(new DocumentRequest(trackId, DOCUMENT))) {
            if (in == null) {
                return Optional.empty();
            }
            var track = TrackSnapshot.read(in, (t, name) -> {
                TrackProvider p = providers.apply(t);
                return p == null ? null : p.open(new DocumentRequest(t, name));
            });
            if (track.isEmpty() || !track.get().id().equals(trackId)) {
                LOG.debug("the snapshot of track '{}' is out of date or not of this format; reading its YAML", trackId);
                return Optional.empty();
            }
            return track;
        } catch (FileNotFoundException | NoSuchFileException e) {
            return Optional.empty(); // no snapshot
        } catch (IOException | RuntimeException e) {
            LOG.debug("the snapshot of track '{}' cannot be read ({}); reading its YAML", trackId, e.toString());
            return Optional.empty();
        }
    }

    /**
     * Writes the snapshot of each named track, from the {@link TrackProvider}s found by {@link
     * ServiceLoader}, as {@code FOLDER/<trackId>/}{@value #DOCUMENT}, replacing any there. A track with
     * content problems gets no snapshot (and loses an older one): the loader then reads its YAML and
     * reports them.
     *
     * @param args the folder that holds the tracks' folders, then the track ids
     * @throws IOException when a snapshot cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: TrackSnapshots FOLDER TRACK_ID...");
        }
        var providers = new ArrayList<TrackProvider>();
        providers.addAll(Discovery.load(ServiceLoader.load(TrackProvider.class)).found());
        var writer = new Writer(providers);
        Path folder = Path.of(args[0]);
        for (String trackId : Arrays.copyOfRange(args, 1, args.length)) {
            Path file = folder.resolve(trackId).resolve(DOCUMENT);
            Files.deleteIfExists(file);
            var bytes = new ByteArrayOutputStream();
            try {
                writer.write(trackId, bytes);
            } catch (ContentException e) {
                System.err.println("No snapshot of track '" + trackId + "': its content has " + e.problems().size()
                        + " problem(s), which loading or checking it reports.");
                continue;
            }
            Files.createDirectories(file.getParent());
            Files.write(file, bytes.toByteArray());
        }
    }
}

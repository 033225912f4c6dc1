package dev.interviewcoach.core;

import dev.interviewcoach.api.ContentException;
import dev.interviewcoach.api.ContentProblem;
import dev.interviewcoach.api.CoachException;
import dev.interviewcoach.api.Track;
import dev.interviewcoach.core.internal.content.TrackReader;
import dev.interviewcoach.spi.DocumentRequest;
import dev.interviewcoach.spi.TrackProvider;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loads tracks from {@link TrackProvider}s: parses their YAML, validates it against the content
 * schema and every reference, and builds the model. Loaded tracks are cached.
 *
 * <pre>{@code
 * Track backend = TrackLoader.discover().load("backend");
 * }</pre>
 *
 * <p>A provider may ship a snapshot of a track beside its documents ({@link TrackSnapshots}): the
 * track already read and checked, with a fingerprint of every document it was read from. {@link
 * #load(String)} uses it while every one of those documents is unchanged, and reads the YAML otherwise;
 * {@link #validate(String)} always reads the YAML.
 *
 * <p>A content project checks its own track in a unit test with {@link #validate(String)}, which
 * returns every problem instead of throwing:
 *
 * <pre>{@code
 * assertThat(TrackLoader.of(new AcmeTrackProvider(), new BackendTrackProvider()).validate("acme")).isEmpty();
 * }</pre>
 *
 * @since 0.1
 */
public final class TrackLoader {
    private final Map<String, TrackProvider> providerByTrack;
    private final Map<String, CompletableFuture<Track>> cache = new ConcurrentHashMap<>();
    /** The same providers read only from YAML, for {@link #validate(String)}; null in a loader that never reads a snapshot. */
    private final TrackLoader yamlOnly;

    private TrackLoader(Map<String, TrackProvider> providerByTrack, boolean snapshots) {
        this.providerByTrack = providerByTrack;
        this.yamlOnly = snapshots ? new TrackLoader(providerByTrack, false) : null;
    }

    private TrackLoader(List<TrackProvider> providers, boolean snapshots) {
        this(byTrack(providers), snapshots);
    }

    private static Map<String, TrackProvider> byTrack(List<TrackProvider> providers) {
        var byTrack = new LinkedHashMap<String, TrackProvider>();
        for (var p : providers) {
            for (var id : p.trackIds()) {
                var other = byTrack.putIfAbsent(id, p);
                if (other != null) {
                    throw new CoachException("track '" + id + "' is supplied by both " + other.getClass().getName()
                            + " and " + p.getClass().getName() + "; wire one explicitly with TrackLoader.of(..)");
                }
            }
        }
        return Map.copyOf(byTrack);
    }

    /**
     * A loader over the given providers.
     *
     * @param providers the providers; no two may supply the same track id
     * @return the loader
     */
    public static TrackLoader of(TrackProvider... providers) {
        return new TrackLoader(List.of(providers), true);
    }

    /**
     * A loader over every {@link TrackProvider} found by {@link ServiceLoader}.
     *
     * @return the loader
     */
    public static TrackLoader discover() {
        var providers = new ArrayList<TrackProvider>();
        ServiceLoader.load(TrackProvider.class).forEach(providers::add);
        return new TrackLoader(providers, true);
    }

    /**
     * A loader over the same providers that always reads and checks the YAML documents, never a
     * snapshot.
     *
     * @return the loader (this one when it already reads only YAML)
     */
    public TrackLoader withoutSnapshots() {
        return yamlOnly == null ? this : yamlOnly;
    }

    /** A loader over these providers that reads only YAML, for writing snapshots. */
    static TrackLoader yamlOnly(List<TrackProvider> providers) {
        return new TrackLoader(providers, false);
    }

    /**
     * The ids of every track the providers supply.
     *
     * @return the track ids, sorted
     */
    public Set<String> trackIds() {
        return new TreeSet<>(providerByTrack.keySet());
    }

    /**
     * Loads a track (and, for a variant, its base). Each track is parsed once per loader: callers
     * asking at the same time wait for the one load and get the same track object; a failed load is
     * not cached, so it can be retried.
     *
     * @param trackId the track id
     * @return the track
     * @throws ContentException when the content is malformed, holding every problem found, each naming the
     *     document, line, column and field
     * @throws CoachException when no provider supplies the track
     */
    public Track load(String trackId) {
        return load(trackId, new HashSet<>());
    }

    /**
     * Checks a track (and, for a variant, its base) and returns every problem found, sorted by
     * document, line and column; an empty list means the track loads. The YAML documents are read and
     * checked, never a snapshot; a track that loads is cached for the next check.
     *
     * <p>Each problem names the document, line, column and field, and says what is wrong, e.g. {@code
     * acme/kafka.yaml:6:5 at challenges[0].promt: unknown field `promt`; did you mean `prompt`?}.
     *
     * @param trackId the track id
     * @return the problems, empty when there is none
     * @throws CoachException when no provider supplies the track or its base, or a track is its own base
     */
    public List<ContentProblem> validate(String trackId) {
        if (yamlOnly != null) {
            return yamlOnly.validate(trackId);
        }
        try {
            load(trackId);
            return List.of();
        } catch (ContentException e) {
            return e.problems();
        }
    }

    private Track load(String trackId, Set<String> loading) {
        var existing = cache.get(trackId);
        if (existing != null) {
            return join(existing);
        }
        if (!loading.add(trackId)) {
            throw new CoachException("track '" + trackId + "' is its own base through " + loading);
        }
        var mine = new CompletableFuture<Track>();
        existing = cache.putIfAbsent(trackId, mine);
        if (existing != null) {
            return join(existing);
        }
        try {
            TrackProvider provider = providerByTrack.get(trackId);
            if (provider == null) {
                throw new CoachException("no TrackProvider supplies track '" + trackId + "'; known tracks: "
                        + trackIds() + ". Add the content module (e.g. dev.interviewcoach:coach-content-backend) "
                        + "or pass its provider to TrackLoader.of(..)");
            }
            Track track = fromSnapshot(trackId).orElseGet(() -> TrackReader.read(trackId,
                    name -> provider.open(new DocumentRequest(trackId, name)), base -> load(base, loading)));
            mine.complete(track);
            return track;
        } catch (RuntimeException | Error e) {
            cache.remove(trackId, mine);
            mine.completeExceptionally(e);
            throw e;
        }
    }

    /** The track from the snapshot its provider ships, while every document it was read from is unchanged. */
    private Optional<Track> fromSnapshot(String trackId) {
        if (yamlOnly == null) {
            return Optional.empty();
        }
        return TrackSnapshots.read(trackId, providerByTrack::get);
    }

    private static Track join(CompletableFuture<Track> load) {
        try {
            return load.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }
}

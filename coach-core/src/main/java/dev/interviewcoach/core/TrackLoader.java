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

    private TrackLoader(List<TrackProvider> providers) {
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
        this.providerByTrack = Map.copyOf(byTrack);
    }

    /**
     * A loader over the given providers.
     *
     * @param providers the providers; no two may supply the same track id
     * @return the loader
     */
    public static TrackLoader of(TrackProvider... providers) {
        return new TrackLoader(List.of(providers));
    }

    /**
     * A loader over every {@link TrackProvider} found by {@link ServiceLoader}.
     *
     * @return the loader
     */
    public static TrackLoader discover() {
        var providers = new ArrayList<TrackProvider>();
        ServiceLoader.load(TrackProvider.class).forEach(providers::add);
        return new TrackLoader(providers);
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
     * document, line and column; an empty list means the track loads. A track that loads is cached as
     * by {@link #load(String)}.
     *
     * <p>Each problem names the document, line, column and field, and says what is wrong, e.g. {@code
     * acme/kafka.yaml:6:5 at challenges[0].promt: unknown field `promt`; did you mean `prompt`?}.
     *
     * @param trackId the track id
     * @return the problems, empty when there is none
     * @throws CoachException when no provider supplies the track or its base, or a track is its own base
     */
    public List<ContentProblem> validate(String trackId) {
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
            Track track = TrackReader.read(trackId, name -> provider.open(new DocumentRequest(trackId, name)),
                    base -> load(base, loading));
            mine.complete(track);
            return track;
        } catch (RuntimeException | Error e) {
            cache.remove(trackId, mine);
            mine.completeExceptionally(e);
            throw e;
        }
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

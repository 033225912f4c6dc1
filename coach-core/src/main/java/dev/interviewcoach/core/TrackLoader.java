package dev.interviewcoach.core;

import dev.interviewcoach.api.ContentException;
import dev.interviewcoach.api.ContentProblem;
import dev.interviewcoach.api.CoachException;
import dev.interviewcoach.api.Track;
import dev.interviewcoach.core.internal.Discovery;
import dev.interviewcoach.core.internal.content.TrackReader;
import dev.interviewcoach.spi.DocumentRequest;
import dev.interviewcoach.spi.TrackProvider;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
 * Track acme = TrackLoader.discover(new AcmeTrackProvider()).load("acme-backend"); // a host's variant of backend
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
 * assertThat(TrackLoader.discover(new AcmeTrackProvider()).validate("acme-backend")).isEmpty();
 * }</pre>
 *
 * @since 0.1
 */
public final class TrackLoader {
    private final Map<String, TrackProvider> providerByTrack;
    private final Map<String, CompletableFuture<Track>> cache = new ConcurrentHashMap<>();
    /** The same providers read only from YAML, for writing snapshots; null in a loader that never reads a snapshot. */
    private final TrackLoader yamlOnly;
    /**
     * For {@link #validate(String)}'s loader: the loader its bases come from (they are checked as bases,
     * not again as tracks for learners); null in a loader for {@link #load(String)}.
     */
    private final TrackLoader bases;
    /** The loader {@link #validate(String)} reads with: YAML only, complete tracks; made on first use. */
    private volatile TrackLoader checking;

    private TrackLoader(Map<String, TrackProvider> providerByTrack, boolean snapshots) {
        this(providerByTrack, snapshots, null);
    }

    private TrackLoader(Map<String, TrackProvider> providerByTrack, boolean snapshots, TrackLoader bases) {
        this.providerByTrack = providerByTrack;
        this.yamlOnly = snapshots ? new TrackLoader(providerByTrack, false, null) : null;
        this.bases = bases;
    }

    private TrackLoader(List<TrackProvider> providers, List<TrackProvider> discovered, boolean snapshots) {
        this(byTrack(providers, discovered), snapshots);
    }

    private static Map<String, TrackProvider> byTrack(List<TrackProvider> providers, List<TrackProvider> discovered) {
        var byTrack = new LinkedHashMap<String, TrackProvider>();
        for (var p : providers) {
            supply(byTrack, p, p.trackIds());
        }
        var given = Set.copyOf(byTrack.keySet());
        for (var p : discovered) {
            var ids = new LinkedHashSet<>(p.trackIds());
            ids.removeAll(given); // the host's own provider serves a track it supplies
            supply(byTrack, p, ids);
        }
        return Map.copyOf(byTrack);
    }

    private static void supply(Map<String, TrackProvider> byTrack, TrackProvider p, Set<String> ids) {
        for (var id : ids) {
            var other = byTrack.putIfAbsent(id, p);
            if (other != null) {
                throw new CoachException("track '" + id + "' is supplied by both " + other.getClass().getName()
                        + " and " + p.getClass().getName() + "; wire one explicitly with TrackLoader.of(..) or "
                        + "TrackLoader.discover(..)");
            }
        }
    }

    /**
     * A loader over the given providers.
     *
     * @param providers the providers; no two may supply the same track id
     * @return the loader
     */
    public static TrackLoader of(TrackProvider... providers) {
        return new TrackLoader(List.of(providers), List.of(), true);
    }

    /**
     * A loader over every {@link TrackProvider} found by {@link ServiceLoader}.
     *
     * @return the loader
     */
    public static TrackLoader discover() {
        return discover(new TrackProvider[0]);
    }

    /**
     * A loader over the host's own providers and every {@link TrackProvider} found by {@link
     * ServiceLoader}, on the class path or the module path: how a host lays its own track over a
     * discovered one, e.g. a company's questions over the backend track, whose content module exports
     * nothing and is reached only through discovery.
     *
     * <pre>{@code
     * Track acme = TrackLoader.discover(new AcmeTrackProvider()).load("acme-backend"); // base: backend
     * }</pre>
     *
     * <p>A track one of the given providers supplies is served by it, even when a discovered provider
     * supplies a track of the same id (so a provider registered for discovery and also given here is
     * used once); no two given providers, and no two discovered ones, may supply the same track id.
     *
     * @param own the host's own providers
     * @return the loader
     * @since 0.1
     */
    public static TrackLoader discover(TrackProvider... own) {
        var given = List.of(own);
        var discovered = new ArrayList<TrackProvider>();
        discovered.addAll(Discovery.load(ServiceLoader.load(TrackProvider.class)).found());
        return new TrackLoader(given, discovered, true);
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
        return new TrackLoader(providers, List.of(), false);
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
     * document, line and column; an empty list means the track loads and learners can work through it.
     * Beyond what {@link #load} refuses, it asks what a track for learners needs: a challenge on every
     * rung of every concept (learners skip an empty rung, so the concept is never practised or checked
     * there)
     * and a criterion in every dimension of a question (else that dimension scores 0 and the question
     * can never pass); a small track for a test may load without them. The YAML documents are read and
     * checked, never a snapshot; a track that passes is cached for the next check.
     *
     * <p>Each problem names the document, line, column and field, and says what is wrong, e.g. {@code
     * acme/kafka.yaml:6:5 at challenges[0].promt: unknown field `promt`; did you mean `prompt`?}.
     *
     * @param trackId the track id
     * @return the problems, empty when there is none
     * @throws CoachException when no provider supplies the track or its base, or a track is its own base
     */
    public List<ContentProblem> validate(String trackId) {
        if (bases == null) {
            var checker = checking;
            if (checker == null) {
                synchronized (this) {
                    checker = checking;
                    if (checker == null) {
                        var yaml = yamlOnly != null ? yamlOnly : this;
                        checker = new TrackLoader(providerByTrack, false, yaml);
                        checking = checker;
                    }
                }
            }
            return checker.validate(trackId);
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
                    name -> provider.open(new DocumentRequest(trackId, name)),
                    base -> bases != null ? bases.load(base) : load(base, loading), bases != null));
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

package dev.interviewcoach.core.internal.content;

import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.Concept;
import dev.interviewcoach.api.ContentException;
import dev.interviewcoach.api.Topic;
import dev.interviewcoach.api.Track;
import dev.interviewcoach.spi.DocumentRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads a track from its manifest and documents, validates every reference, and builds the model.
 * A variant is read on top of its base, which the caller resolves.
 */
public final class TrackReader {
    /** Opens a document of the track being read. */
    @FunctionalInterface
    public interface Opener {
        /**
         * Opens a document.
         *
         * @param name the document name relative to the track
         * @return its bytes
         * @throws IOException when it cannot be opened
         */
        InputStream open(String name) throws IOException;
    }

    private TrackReader() {}

    /**
     * Reads a track.
     *
     * @param trackId the track id the provider was asked for
     * @param opener opens the track's documents
     * @param baseResolver loads a base track by id, for variants
     * @return the track
     * @throws ContentException naming the document, line, column and field at fault
     */
    public static Track read(String trackId, Opener opener, Function<String, Track> baseResolver) {
        var locations = new DocumentReader.Locations();
        String manifestName = trackId + "/" + DocumentRequest.MANIFEST;
        Docs.Manifest manifest = readDoc(manifestName, DocumentRequest.MANIFEST, opener, Docs.Manifest.class, locations);
        var at = new Where(manifestName, locations);
        if (!manifest.id().equals(trackId)) {
            throw at.error(manifest, "id", "manifest id '" + manifest.id() + "' differs from the track id '" + trackId + "'");
        }
        Optional<Track> base = Optional.ofNullable(manifest.base()).map(b -> {
            if (b.equals(trackId)) {
                throw at.error(manifest, "base", "a track cannot be its own base");
            }
            return baseResolver.apply(b);
        });
        List<Concept> concepts = concepts(manifest, base, at);
        var topicOwner = new HashMap<String, String>();
        concepts.forEach(c -> c.topics().forEach(t -> topicOwner.put(t.id(), c.id())));
        var conceptIds = new HashSet<String>();
        concepts.forEach(c -> conceptIds.add(c.id()));

        var challenges = new ArrayList<Challenge>(base.map(Track::challenges).orElse(List.of()));
        var boss = new ArrayList<Challenge>(base.map(Track::bossChallenges).orElse(List.of()));
        var seen = new HashMap<String, String>();
        challenges.forEach(c -> seen.put(c.id(), "base track " + manifest.base()));
        boss.forEach(c -> seen.put(c.id(), "base track " + manifest.base()));
        var documentNames = new HashSet<String>();
        for (int i = 0; i < manifest.documents().size(); i++) {
            String name = manifest.documents().get(i);
            if (name == null || !documentNames.add(name)) {
                throw at.error(manifest, "documents[" + i + "]", "document '" + name + "' is listed twice or empty");
            }
            String resource = trackId + "/" + name;
            Docs.ChallengeFile file = readDoc(resource, name, opener, Docs.ChallengeFile.class, locations);
            var converter = new ChallengeConverter(new Where(resource, locations), conceptIds, topicOwner);
            challenges.addAll(converter.convertAll(file.challenges(), "challenges", seen, false));
            boss.addAll(converter.convertAll(file.boss(), "boss", seen, true));
        }
        try {
            return new Track(manifest.id(), manifest.title(), manifest.version(),
                    Objects.requireNonNullElse(manifest.description(), base.map(Track::description).orElse("")),
                    Optional.ofNullable(manifest.base()), concepts, challenges, boss,
                    manifest.outOfScope() != null ? manifest.outOfScope()
                            : base.map(Track::outOfScope).orElse(List.of()));
        } catch (IllegalArgumentException e) {
            throw at.error(manifest, "", e.getMessage());
        }
    }

    private static List<Concept> concepts(Docs.Manifest manifest, Optional<Track> base, Where at) {
        if (base.isPresent()) {
            if (manifest.concepts() != null) {
                throw at.error(manifest, "concepts", "a variant takes its concepts from its base; use addTopics");
            }
            var byId = new LinkedHashMap<String, Concept>();
            base.get().concepts().forEach(c -> byId.put(c.id(), c));
            if (manifest.addTopics() != null) {
                for (var e : manifest.addTopics().entrySet()) {
                    Concept c = byId.get(e.getKey());
                    if (c == null) {
                        throw at.error(manifest, "addTopics." + e.getKey(), "the base track has no concept '" + e.getKey() + "'");
                    }
                    var added = new ArrayList<Topic>();
                    for (int i = 0; i < e.getValue().size(); i++) {
                        added.add(topic(e.getValue().get(i), at, "addTopics." + e.getKey() + "[" + i + "]"));
                    }
                    byId.put(c.id(), c.withTopicsAdded(added));
                }
            }
            return List.copyOf(byId.values());
        }
        if (manifest.addTopics() != null) {
            throw at.error(manifest, "addTopics", "only a variant (a track with a base) may add topics");
        }
        if (manifest.concepts() == null || manifest.concepts().isEmpty()) {
            throw at.error(manifest, "concepts", "a track without a base needs concepts");
        }
        var out = new ArrayList<Concept>();
        for (int i = 0; i < manifest.concepts().size(); i++) {
            var doc = manifest.concepts().get(i);
            var topics = new ArrayList<Topic>();
            for (int j = 0; j < doc.topics().size(); j++) {
                topics.add(topic(doc.topics().get(j), at, "concepts[" + i + "].topics[" + j + "]"));
            }
            try {
                out.add(new Concept(doc.id(), doc.title(), doc.order(), topics));
            } catch (IllegalArgumentException e) {
                throw at.error(doc, "concepts[" + i + "]", e.getMessage());
            }
        }
        return out;
    }

    private static Topic topic(Docs.TopicDoc doc, Where at, String field) {
        try {
            return new Topic(doc.id(), doc.title());
        } catch (IllegalArgumentException e) {
            throw at.error(doc, field, e.getMessage());
        }
    }

    private static <T> T readDoc(String resource, String name, Opener opener, Class<T> type,
            DocumentReader.Locations locations) {
        try (InputStream in = opener.open(name)) {
            if (in == null) {
                throw new ContentException(resource, 0, 0, "", "document not found");
            }
            return DocumentReader.read(resource, in, type, locations);
        } catch (IOException e) {
            throw new ContentException(resource, 0, 0, "", "cannot be opened: " + e.getMessage());
        }
    }

    /** Turns a problem found on a document object into an error that names its place. */
    record Where(String resource, DocumentReader.Locations locations) {
        ContentException error(Object doc, String field, String problem) {
            return new ContentException(resource, locations.line(doc), locations.column(doc), field, problem);
        }
    }

}

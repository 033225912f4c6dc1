package dev.interviewcoach.core.internal.content;

import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.ChallengeLevel;
import dev.interviewcoach.api.Concept;
import dev.interviewcoach.api.ContentException;
import dev.interviewcoach.api.Topic;
import dev.interviewcoach.api.Track;
import dev.interviewcoach.spi.DocumentRequest;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads a track from its manifest and documents, validates every reference, and builds the model.
 * A variant is read on top of its base, which the caller resolves, and laid over it by {@link
 * Layering}: the concepts and topics it adds, the base challenges it overrides or retires.
 *
 * <p>Every problem of the track's documents is collected, and all are thrown together as one
 * {@link ContentException}; reading the documents ({@link DocumentReader}) and checking the
 * authoring rules ({@link ContentRules}) are apart from how the track is put together here.
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
     * @throws ContentException holding every problem found, each naming the document, line, column and field
     */
    public static Track read(String trackId, Opener opener, Function<String, Track> baseResolver) {
        return read(trackId, opener, baseResolver, false);
    }

    /**
     * Reads a track, and when asked also checks that learners can work through it: a track without a
     * base has a challenge on every rung of every concept (a variant's own concepts are always checked
     * so), and every dimension of a question has a criterion. A small track for a test or a
     * demonstration loads without these; {@code TrackLoader.validate} asks for them.
     *
     * @param trackId the track
     * @param opener opens a document of the track
     * @param baseResolver loads a variant's base track
     * @param complete whether to check that learners can work through the track
     * @return the track
     */
    public static Track read(String trackId, Opener opener, Function<String, Track> baseResolver, boolean complete) {
        var problems = new Problems();
        var locations = new Locations();
        var fingerprints = new HashMap<String, byte[]>();
        var at = new Where(trackId + "/" + DocumentRequest.MANIFEST, locations, problems);
        Docs.Manifest manifest = readDoc(at, DocumentRequest.MANIFEST, opener, Docs.Manifest.class,
                why -> at.at(Position.DOCUMENT, "", "the manifest " + why), fingerprints).orElse(null);
        if (manifest == null) {
            problems.throwIfAny();
            throw new IllegalStateException("no manifest and no problem");
        }
        if (manifest.id() != null && !manifest.id().equals(trackId)) {
            at.at(manifest, "id", "id", "manifest id " + Excerpt.quote(manifest.id()) + " differs from the track id '" + trackId + "'");
        }
        Optional<Track> base = Optional.ofNullable(manifest.base()).flatMap(b -> base(b, trackId, manifest, at, baseResolver));
        Optional<Layering> layering = base.map(b -> new Layering(manifest, b, at));
        // a base written wrong is no base, but the track is still meant as a variant: not one short of concepts
        boolean variant = manifest.base() != null || problems.any(p -> p.field().equals("base"));
        List<Concept> concepts = layering.map(Layering::concepts).orElseGet(() -> concepts(manifest, variant, at));
        // Concepts or topics the manifest failed to give are unknown: the documents are still read and checked,
        // but not their references to concepts and topics, which would only report the manifest's problem again.
        boolean conceptsKnown = !problems.any(p -> p.field().matches("(concepts|addConcepts|addTopics|base)\\b.*"));
        var topicOwner = new HashMap<String, String>();
        concepts.forEach(c -> c.topics().forEach(t -> topicOwner.put(t.id(), c.id())));
        var conceptIds = new HashSet<String>();
        concepts.forEach(c -> conceptIds.add(c.id()));

        // the track's own challenges; a variant's are laid over its base's once all are read
        var challenges = new ArrayList<Challenge>();
        var boss = new ArrayList<Challenge>();
        var seen = new HashMap<String, String>();
        var sources = new HashMap<String, TrackSources.ChallengeAt>();
        var documentNames = new HashSet<String>();
        List<String> documents = manifest.documents() == null ? List.of() : manifest.documents();
        for (int i = 0; i < documents.size(); i++) {
            String name = documents.get(i);
            if (name == null) {
                continue; // recorded
            }
            if (!documentNames.add(name)) {
                at.at(documents, i, "documents[" + i + "]", "document " + Excerpt.quote(name) + " is listed twice");
                continue;
            }
            var where = new Where(trackId + "/" + name, locations, problems);
            int index = i;
            var file = readDoc(where, name, opener, Docs.ChallengeFile.class, why -> at.at(documents, index,
                    "documents[" + index + "]", "document " + Excerpt.quote(name) + " " + why), fingerprints);
            if (file.isEmpty()) {
                continue;
            }
            placed(name, file.get().challenges(), "challenges", locations, sources);
            placed(name, file.get().boss(), "boss", locations, sources);
            layering.ifPresent(l -> {
                l.check(file.get().challenges(), "challenges", where);
                l.check(file.get().boss(), "boss", where);
            });
            var converter = new ChallengeConverter(where, conceptsKnown ? Optional.of(conceptIds) : Optional.empty(), topicOwner,
                    complete);
            challenges.addAll(converter.convertAll(file.get().challenges(), "challenges", seen, false));
            boss.addAll(converter.convertAll(file.get().boss(), "boss", seen, true));
        }
        List<Challenge> ladder = challenges;
        List<Challenge> bosses = boss;
        if (layering.isPresent()) {
            ladder = layering.get().compose(base.get().challenges(), challenges);
            bosses = layering.get().compose(base.get().bossChallenges(), boss);
            if (problems.isEmpty()) {
                layering.get().checkComposed(ladder);
            }
        } else if (complete && problems.isEmpty()) {
            everyRung(manifest, ladder, at);
        }
        problems.throwIfAny();
        try {
            var track = new Track(manifest.id(), manifest.title(), manifest.version(),
                    Objects.requireNonNullElse(manifest.description(), base.map(Track::description).orElse("")),
                    Optional.ofNullable(manifest.base()), concepts, ladder, bosses,
                    manifest.outOfScope() != null ? manifest.outOfScope()
                            : base.map(Track::outOfScope).orElse(List.of()));
            TrackSources.register(track, trackId, opener, sources, fingerprints);
            return track;
        } catch (IllegalArgumentException e) {
            at.at(manifest, "", Objects.toString(e.getMessage()));
            problems.throwIfAny();
            throw e;
        }
    }

    /** Records where each challenge of a document's list was read, by id (the first, for an id used twice). */
    private static void placed(String document, List<Docs.ChallengeDoc> docs, String list, Locations locations,
            Map<String, TrackSources.ChallengeAt> into) {
        if (docs == null) {
            return;
        }
        for (int i = 0; i < docs.size(); i++) {
            var doc = docs.get(i);
            if (doc != null && doc.id() != null) {
                into.putIfAbsent(doc.id(), new TrackSources.ChallengeAt(document, list + "[" + i + "]", locations.start(doc)));
            }
        }
    }

    private static Optional<Track> base(String baseId, String trackId, Docs.Manifest manifest, Where at,
            Function<String, Track> baseResolver) {
        if (baseId.equals(trackId)) {
            at.at(manifest, "base", "base", "a track cannot be its own base");
            return Optional.empty();
        }
        try {
            return Optional.of(baseResolver.apply(baseId));
        } catch (ContentException e) {
            e.problems().forEach(at.problems()::add);
            at.problems().throwIfAny();
            throw e;
        }
    }

    /**
     * A track without a base has a challenge on every rung of every concept: a learner climbs a concept
     * one rung at a time, and an empty rung is skipped, so the concept is never practised or checked there.
     * Checked only when nothing else was wrong, since a broken challenge is missing from the track and
     * would be reported again here.
     */
    private static void everyRung(Docs.Manifest manifest, List<Challenge> ladder, Where at) {
        var cells = new HashMap<String, Set<ChallengeLevel>>();
        ladder.forEach(c -> cells.computeIfAbsent(c.conceptId(), k -> EnumSet.noneOf(ChallengeLevel.class)).add(c.level()));
        for (int i = 0; i < manifest.concepts().size(); i++) {
            var doc = manifest.concepts().get(i);
            var missing = EnumSet.allOf(ChallengeLevel.class);
            missing.removeAll(cells.getOrDefault(doc.id(), Set.of()));
            if (!missing.isEmpty()) {
                at.at(manifest.concepts(), i, "concepts[" + i + "]", "concept " + Excerpt.quote(doc.id())
                        + " has no challenge at " + missing.stream().map(Enum::name).collect(Collectors.joining(", "))
                        + ": learners skip that rung, so the concept is never practised or checked there; every concept "
                        + "needs a challenge on all five rungs");
            }
        }
    }

    /** The concepts of a track without a base; what only a variant may give is refused. */
    private static List<Concept> concepts(Docs.Manifest manifest, boolean variant, Where at) {
        if (variant) {
            return List.of(); // the base is missing or written wrong; its problem is recorded
        }
        onlyInAVariant(manifest, manifest.addConcepts(), "addConcepts", "add concepts; a track without a base lists them under `concepts`", at);
        onlyInAVariant(manifest, manifest.addTopics(), "addTopics", "add topics", at);
        onlyInAVariant(manifest, manifest.override(), "override", "override challenges", at);
        onlyInAVariant(manifest, manifest.retire(), "retire", "retire challenges", at);
        if (manifest.concepts() == null || manifest.concepts().isEmpty()) {
            at.at(manifest, "concepts", "concepts", "a track without a base needs concepts");
            return List.of();
        }
        var out = new ArrayList<Concept>();
        var firstAt = new HashMap<String, Integer>();
        var topicOwner = new HashMap<String, String>();
        for (int i = 0; i < manifest.concepts().size(); i++) {
            var doc = manifest.concepts().get(i);
            if (doc == null) {
                continue; // recorded
            }
            Integer first = doc.id() == null ? null : firstAt.putIfAbsent(doc.id(), i);
            if (first != null) {
                at.at(doc, "id", "concepts[" + i + "].id", "concept " + Excerpt.quote(doc.id())
                        + " is listed twice (first as concepts[" + first + "]); give each concept its own id");
                continue;
            }
            var topics = topics(doc.id(), doc.topics(), at, "concepts[" + i + "].topics", topicOwner);
            try {
                out.add(new Concept(doc.id(), doc.title(), doc.order(), topics));
            } catch (IllegalArgumentException e) {
                at.at(doc, "concepts[" + i + "]", Objects.toString(e.getMessage()));
            }
        }
        return out;
    }

    private static void onlyInAVariant(Docs.Manifest manifest, Object value, String field, String what, Where at) {
        if (value != null) {
            at.at(manifest, field, field, "only a variant (a track with a base) may " + what);
        }
    }

    /**
     * Reads a concept's topics, checking each id; with {@code topicOwner} (the topics of the track so
     * far), a topic already in the track is refused, and each new one is recorded there as the concept's.
     */
    static List<Topic> topics(String conceptId, List<Docs.TopicDoc> docs, Where at, String list,
            Map<String, String> topicOwner) {
        var out = new ArrayList<Topic>();
        if (docs == null) {
            return out;
        }
        for (int j = 0; j < docs.size(); j++) {
            var doc = docs.get(j);
            if (doc == null) {
                continue; // recorded
            }
            String field = list + "[" + j + "]";
            ContentRules.topicId(conceptId, doc, field, at);
            String owner = topicOwner == null ? null : topicOwner.putIfAbsent(doc.id(), conceptId);
            if (owner != null) {
                at.at(doc, "id", field + ".id", "topic " + Excerpt.quote(doc.id()) + " is already in the track, on concept '" + owner + "'");
                continue;
            }
            out.add(new Topic(doc.id(), doc.title()));
        }
        return out;
    }

    /**
     * Opens and reads one document; a problem opening it goes to {@code refuse} (which records it at the
     * document's entry in the manifest, or on the manifest as a whole), the fingerprint of its bytes to
     * {@code fingerprints}.
     */
    private static <T extends Record> Optional<T> readDoc(Where where, String name, Opener opener, Class<T> type,
            Consumer<String> refuse, Map<String, byte[]> fingerprints) {
        try {
            new DocumentRequest("track", name);
        } catch (IllegalArgumentException e) {
            refuse.accept("is not a document name: a name is a path inside the track, without '..', '\\' or a leading '/'");
            return Optional.empty();
        }
        try (InputStream in = opener.open(name)) {
            if (in == null) {
                refuse.accept("cannot be opened: no such document");
                return Optional.empty();
            }
            // read once, for its fingerprint too: the track's advice finds its fields again while it is unchanged
            byte[] bytes = in.readNBytes(DocumentText.MAX_DOCUMENT_BYTES + 1);
            fingerprints.put(name, TrackSnapshot.fingerprint(bytes));
            return DocumentReader.read(where, new java.io.ByteArrayInputStream(bytes), type);
        } catch (FileNotFoundException | NoSuchFileException e) {
            refuse.accept("cannot be opened: no such document");
        } catch (IOException | UncheckedIOException e) {
            refuse.accept("cannot be opened: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            refuse.accept("cannot be opened: " + e.getMessage()); // a provider that refuses the name itself
        }
        return Optional.empty();
    }
}

package dev.interviewcoach.core.internal.content;

import dev.interviewcoach.api.Track;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where the challenges of a track read from documents were read, so that a check made on the model
 * afterwards (the track advice) can still name the document, line, column and field. Kept beside each
 * track {@link TrackReader} returns, for as long as the track itself is in use (a track no longer
 * referenced is forgotten); a track built in code, or taken from a snapshot, has none.
 *
 * <p>Little is kept: for each challenge its document, its place in the document ({@code
 * challenges[3]}) and line and column, and for each document a fingerprint of its bytes. A field inside a
 * challenge ({@code samples[1]}) is found by reading the document again when asked, and only while it
 * still has the fingerprint it was read with; a document changed since, or that cannot be read again,
 * gives the place of the challenge itself.
 */
public final class TrackSources {
    private TrackSources() {}

    /**
     * A place in a document.
     *
     * @param resource the document, named by track and path, e.g. {@code acme/http/define.yaml}
     * @param line one-based line
     * @param column one-based column, in characters
     * @param field the path of the field in the document, e.g. {@code challenges[3].samples[1]}
     */
    public record Place(String resource, int line, int column, String field) {}

    /** Where one challenge was read: its document (by name in the track), list and index, and place. */
    record ChallengeAt(String document, String field, Position at) {}

    /** What is kept of a track's documents. */
    private record Source(String trackId, TrackReader.Opener opener, Map<String, ChallengeAt> challenges,
            Map<String, byte[]> fingerprints) {}

    /** A track, held weakly and compared by identity: two equal tracks read apart have their own sources. */
    private static final class Key extends WeakReference<Track> {
        private final int hash;

        Key(Track track, ReferenceQueue<Track> queue) {
            super(track, queue);
            this.hash = System.identityHashCode(track);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object other) {
            if (this == other) {
                return true;
            }
            Track mine = get();
            return other instanceof Key k && mine != null && mine == k.get();
        }
    }

    private static final ReferenceQueue<Track> FORGOTTEN = new ReferenceQueue<>();
    private static final Map<Key, Source> SOURCES = new HashMap<>();

    /**
     * Records where a track's own challenges were read.
     *
     * @param track the track read
     * @param trackId its id, which names its documents ({@code trackId/name})
     * @param opener opens its documents again
     * @param challenges where each of its own challenges was read, by id
     * @param fingerprints the fingerprint of each document read, by name
     */
    static void register(Track track, String trackId, TrackReader.Opener opener, Map<String, ChallengeAt> challenges,
            Map<String, byte[]> fingerprints) {
        synchronized (SOURCES) {
            expunge();
            SOURCES.put(new Key(track, FORGOTTEN), new Source(trackId, opener, Map.copyOf(challenges),
                    Map.copyOf(fingerprints)));
        }
    }

    private static void expunge() {
        for (Object gone; (gone = FORGOTTEN.poll()) != null; ) {
            SOURCES.remove(gone);
        }
    }

    /**
     * Finds places in the documents a track was read from.
     *
     * @param track the track
     * @return its locator; one that finds nothing for a track not read from documents
     */
    public static Locator locator(Track track) {
        synchronized (SOURCES) {
            expunge();
            return new Locator(SOURCES.get(new Key(track, null)));
        }
    }

    /**
     * Finds the places of challenges and their fields in one track's documents; each document is read
     * again at most once. Not for use by several threads at once.
     */
    public static final class Locator {
        private static final Pattern SEGMENT = Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)]");

        private final Source source;
        private final Map<String, Optional<YamlNode>> documents = new HashMap<>();

        private Locator(Source source) {
            this.source = source;
        }

        /**
         * The place of a field of a challenge.
         *
         * @param challengeId the challenge
         * @param path the field inside the challenge, e.g. {@code samples[1]} or {@code
         *     misconceptions[0].evidence[0][2]}; empty for the challenge as a whole
         * @return its place, the challenge's own when the field cannot be found (the document changed since it
         *     was read, or it does not have the field); empty when the track has no such challenge read from
         *     a document
         */
        public Optional<Place> challenge(String challengeId, String path) {
            ChallengeAt at = source == null ? null : source.challenges().get(challengeId);
            if (at == null) {
                return Optional.empty();
            }
            String field = path.isEmpty() ? at.field() : at.field() + "." + path;
            String resource = source.trackId() + "/" + at.document();
            Position found = document(at.document()).map(root -> find(root, field)).orElse(null);
            Position place = found != null ? found : at.at();
            return Optional.of(new Place(resource, place.line(), place.column(), field));
        }

        private Optional<YamlNode> document(String name) {
            return documents.computeIfAbsent(name, this::reread);
        }

        /** The document's tree, read again; empty when it cannot be, or its bytes changed since. */
        private Optional<YamlNode> reread(String name) {
            byte[] fingerprint = source.fingerprints().get(name);
            if (fingerprint == null) {
                return Optional.empty();
            }
            String resource = source.trackId() + "/" + name;
            try (InputStream in = source.opener().open(name)) {
                if (in == null) {
                    return Optional.empty();
                }
                byte[] bytes = in.readNBytes(DocumentText.MAX_DOCUMENT_BYTES + 1);
                if (!Arrays.equals(TrackSnapshot.fingerprint(bytes), fingerprint)) {
                    return Optional.empty();
                }
                var problems = new Problems();
                return DocumentText.read(resource, new ByteArrayInputStream(bytes), problems)
                        .flatMap(text -> YamlReader.read(resource, text, problems));
            } catch (IOException | RuntimeException e) {
                return Optional.empty(); // the challenge's own place stands
            }
        }

        /** The place of the deepest node on the path; null when not even its first step is found. */
        private static Position find(YamlNode root, String field) {
            YamlNode node = root;
            Position deepest = null;
            var steps = SEGMENT.matcher(field);
            while (steps.find()) {
                YamlNode next = null;
                if (steps.group(1) != null && node instanceof YamlNode.Mapping mapping) {
                    String key = steps.group(1);
                    next = mapping.entries().stream().filter(e -> e.key().equals(key)).map(YamlNode.Mapping.Entry::value)
                            .findFirst().orElse(null);
                } else if (steps.group(2) != null && node instanceof YamlNode.Sequence sequence) {
                    int index = Integer.parseInt(steps.group(2));
                    next = index < sequence.items().size() ? sequence.items().get(index) : null;
                }
                if (next == null) {
                    break;
                }
                node = next;
                deepest = node.at();
            }
            return deepest;
        }
    }
}

package dev.interviewcoach.core.internal.content;

import dev.interviewcoach.api.Track;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * A track already read and checked, in a compact binary form, with a fingerprint of every document
 * it was read from. It stands for those documents only while each still has the fingerprint recorded:
 * reading a snapshot opens every source again and compares, and answers empty (read the YAML instead)
 * on any difference, a missing source, or bytes that are not a snapshot of this format.
 *
 * <p>A fingerprint is a document's length and two checksums of its bytes, CRC-32C and CRC-32 (64 bits
 * between them), which the JVM computes with processor instructions: a hash that tells a changed
 * document from the one read, cheaply enough to check on every start. It guards against content that
 * changed since the snapshot was written, not against tampering: whoever can change a track's documents
 * can change its snapshot too.
 *
 * <p>Layout: {@code "ICTS"}, the format number, the sources (track id, document name, fingerprint),
 * then the model ({@link SnapshotModel}).
 */
public final class TrackSnapshot {
    /** The first bytes of a snapshot. */
    private static final byte[] MAGIC = "ICTS".getBytes(StandardCharsets.US_ASCII);
    /** Raised whenever the binary form or what a checked track may hold changes. */
    static final int FORMAT = 2;
    /** The length of a fingerprint: length, CRC-32C, CRC-32. */
    private static final int FINGERPRINT_BYTES = 12;
    /** The largest snapshot read (the backend track's is under 3 MB). */
    static final int MAX_SNAPSHOT_BYTES = 64 << 20;

    /** Opens a document of any track, the base of a variant included. */
    @FunctionalInterface
    public interface Documents {
        /**
         * Opens a document.
         *
         * @param trackId the track
         * @param name the document's name in it
         * @return its bytes, or null when there is no such document
         * @throws IOException when it cannot be opened
         */
        InputStream open(String trackId, String name) throws IOException;
    }

    /**
     * One document a track was read from.
     *
     * @param trackId the track it belongs to
     * @param name its name in the track
     * @param fingerprint the fingerprint of its bytes; empty when the document was asked for and is not there
     */
    public record Source(String trackId, String name, byte[] fingerprint) {
        /** Copies the fingerprint. */
        public Source {
            fingerprint = fingerprint.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Source s && s.trackId.equals(trackId) && s.name.equals(name)
                    && Arrays.equals(s.fingerprint, fingerprint);
        }

        @Override
        public int hashCode() {
            return (trackId.hashCode() * 31 + name.hashCode()) * 31 + Arrays.hashCode(fingerprint);
        }

        @Override
        public String toString() {
            return trackId + "/" + name;
        }
    }

    private TrackSnapshot() {}

    /**
     * The fingerprint of a document's bytes, as a snapshot records it: of at most the bytes a document
     * may hold, plus one.
     *
     * @param in the document
     * @return its fingerprint
     * @throws IOException when the stream fails
     */
    public static byte[] fingerprint(InputStream in) throws IOException {
        return fingerprint(in.readNBytes(DocumentText.MAX_DOCUMENT_BYTES + 1));
    }

    /** The fingerprint of a document's bytes already read: their length and two checksums. */
    static byte[] fingerprint(byte[] bytes) {
        var castagnoli = new CRC32C();
        castagnoli.update(bytes);
        var ieee = new CRC32();
        ieee.update(bytes);
        return ByteBuffer.allocate(FINGERPRINT_BYTES).putInt(bytes.length).putInt((int) castagnoli.getValue())
                .putInt((int) ieee.getValue()).array();
    }

    /**
     * Writes a snapshot.
     *
     * @param track the track, read and checked from its documents
     * @param sources every document it was read from
     * @param out where the snapshot goes
     * @throws IOException when writing fails
     */
    public static void write(Track track, List<Source> sources, OutputStream out) throws IOException {
        var data = new DataOutputStream(out);
        data.write(MAGIC);
        data.writeInt(FORMAT);
        data.writeInt(sources.size());
        for (var s : sources) {
            data.writeUTF(s.trackId());
            data.writeUTF(s.name());
            data.writeByte(s.fingerprint().length);
            data.write(s.fingerprint());
        }
        SnapshotModel.write(track, data);
        data.flush();
    }

    /**
     * Reads a snapshot, if it still stands for its sources.
     *
     * @param snapshot the snapshot's bytes (the caller closes the stream)
     * @param documents opens the sources
     * @return the track, or empty when the snapshot is not one of this format or a source changed
     * @throws IOException when a stream fails
     */
    public static Optional<Track> read(InputStream snapshot, Documents documents) throws IOException {
        byte[] bytes = snapshot.readNBytes(MAX_SNAPSHOT_BYTES + 1);
        if (bytes.length > MAX_SNAPSHOT_BYTES || bytes.length < MAGIC.length + 8
                || !Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            return Optional.empty();
        }
        var header = new DataInputStream(new ByteArrayInputStream(bytes, MAGIC.length, bytes.length));
        try {
            if (header.readInt() != FORMAT) {
                return Optional.empty();
            }
            int count = header.readInt();
            var sources = new ArrayList<Source>();
            for (int i = 0; i < count; i++) {
                String trackId = header.readUTF();
                String name = header.readUTF();
                int length = header.readUnsignedByte();
                if (length != 0 && length != FINGERPRINT_BYTES) {
                    return Optional.empty();
                }
                sources.add(new Source(trackId, name, header.readNBytes(length)));
            }
            for (var s : sources) {
                if (!unchanged(s, documents)) {
                    return Optional.empty();
                }
            }
            return Optional.of(SnapshotModel.read(bytes, bytes.length - header.available()));
        } catch (EOFException | IllegalArgumentException | NullPointerException e) {
            return Optional.empty(); // cut short, or not a model this version can build
        }
    }

    private static boolean unchanged(Source s, Documents documents) throws IOException {
        boolean absent = s.fingerprint().length == 0;
        try (InputStream in = documents.open(s.trackId(), s.name())) {
            return in == null ? absent : !absent && Arrays.equals(fingerprint(in), s.fingerprint());
        } catch (FileNotFoundException | NoSuchFileException e) {
            return absent;
        }
    }

    /**
     * Collects the sources of a track as it is read: wraps the opener of each document so that its
     * bytes are fingerprinted on the way.
     */
    public static final class Recorder {
        private final List<Source> sources = new ArrayList<>();

        /**
         * Opens a document through {@code documents}, recording it.
         *
         * @param trackId the track
         * @param name the document
         * @param documents the real opener
         * @return the document's bytes (at most the limit plus one), or null when there is none
         * @throws IOException when it cannot be opened
         */
        public synchronized InputStream open(String trackId, String name, Documents documents) throws IOException {
            byte[] bytes;
            try (InputStream in = documents.open(trackId, name)) {
                bytes = in == null ? null : in.readNBytes(DocumentText.MAX_DOCUMENT_BYTES + 1);
            } catch (FileNotFoundException | NoSuchFileException e) {
                add(new Source(trackId, name, new byte[0]));
                throw e;
            }
            add(new Source(trackId, name, bytes == null ? new byte[0] : fingerprint(bytes)));
            return bytes == null ? null : new ByteArrayInputStream(bytes);
        }

        private void add(Source source) {
            if (!sources.contains(source)) {
                sources.add(source);
            }
        }

        /**
         * The documents opened so far, in the order they were first opened.
         *
         * @return the sources
         */
        public synchronized List<Source> sources() {
            return List.copyOf(sources);
        }
    }
}

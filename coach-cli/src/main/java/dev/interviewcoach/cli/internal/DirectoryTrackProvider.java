package dev.interviewcoach.cli.internal;

import dev.interviewcoach.core.TrackProviders;
import dev.interviewcoach.spi.DocumentRequest;
import dev.interviewcoach.spi.TrackProvider;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A track in a folder: {@code track.yaml} and the documents it lists, by their paths relative to the
 * folder. Documents are read only from inside the folder: a symbolic link that stays inside is
 * followed, one that leads out is refused.
 */
final class DirectoryTrackProvider implements TrackProvider {
    /** The manifest's top-level id, quoted or not, with a comment after it or not (as the format's examples write it). */
    private static final Pattern ID = Pattern.compile("(?m)^id:[ \\t]*['\"]?([A-Za-z0-9._-]+)['\"]?[ \\t]*(?:#.*)?\\r?$");
    /** How much of the manifest is searched for its id; the loader refuses a larger document anyway. */
    private static final int MANIFEST_BYTES = 1 << 20;

    private final Path dir;
    private final String trackId;
    private final TrackProvider documents;

    private DirectoryTrackProvider(Path dir, String trackId) {
        this.dir = dir;
        this.trackId = trackId;
        this.documents = TrackProviders.folder(dir, trackId);
    }

    /**
     * The track in a folder, named by the {@code id} of its manifest.
     *
     * @param dir the folder
     * @return the provider
     * @throws CliFailure when the folder has no readable manifest with an id
     */
    static DirectoryTrackProvider of(Path dir) {
        Path manifest = dir.resolve(DocumentRequest.MANIFEST);
        if (!Files.exists(manifest)) {
            throw CliFailure.failed(manifest + ":0:0: no track manifest (track.yaml) in " + dir);
        }
        // The id is not known before the manifest is read: read it under a provisional one.
        String provisional = "track";
        try (InputStream in = TrackProviders.folder(dir, provisional)
                .open(new DocumentRequest(provisional, DocumentRequest.MANIFEST))) {
            String text = new String(in.readNBytes(MANIFEST_BYTES), StandardCharsets.UTF_8);
            var m = ID.matcher(text.startsWith("\uFEFF") ? text.substring(1) : text); // a byte order mark is no text
            if (!m.find()) {
                throw CliFailure.failed(manifest + ":1:1: the manifest has no top-level 'id: TRACK-ID' line");
            }
            return new DirectoryTrackProvider(dir, m.group(1));
        } catch (IOException e) {
            throw CliFailure.failed(manifest + ":0:0: cannot be read: " + e.getMessage());
        }
    }

    String trackId() {
        return trackId;
    }

    Path dir() {
        return dir;
    }

    @Override
    public Set<String> trackIds() {
        return Set.of(trackId);
    }

    @Override
    public InputStream open(DocumentRequest request) throws IOException {
        return documents.open(request);
    }
}

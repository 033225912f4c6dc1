package dev.interviewcoach.cli.internal;

import dev.interviewcoach.spi.DocumentRequest;
import dev.interviewcoach.spi.TrackProvider;
import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A track in a folder: {@code track.yaml} and the documents it lists, by their paths relative to the
 * folder. A document can be replaced by a stand-in, which is how a check goes on past a broken one.
 */
final class DirectoryTrackProvider implements TrackProvider {
    private static final Pattern ID = Pattern.compile("(?m)^id:\\s*['\"]?([A-Za-z0-9._-]+)['\"]?\\s*$");

    private final Path dir;
    private final String trackId;
    private final Map<String, String> standIns = new ConcurrentHashMap<>();

    private DirectoryTrackProvider(Path dir, String trackId) {
        this.dir = dir;
        this.trackId = trackId;
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
        if (!Files.isRegularFile(manifest)) {
            throw CliFailure.failed(manifest + ":0:0: no track manifest (track.yaml) in " + dir);
        }
        try {
            var m = ID.matcher(Files.readString(manifest, StandardCharsets.UTF_8));
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

    void standIn(String name, String text) {
        standIns.put(name, text);
    }

    @Override
    public Set<String> trackIds() {
        return Set.of(trackId);
    }

    @Override
    public InputStream open(DocumentRequest request) throws IOException {
        if (!trackId.equals(request.trackId())) {
            throw new FileNotFoundException("no track '" + request.trackId() + "' in " + dir);
        }
        String standIn = standIns.get(request.name());
        if (standIn != null) {
            return new ByteArrayInputStream(standIn.getBytes(StandardCharsets.UTF_8));
        }
        Path file = dir.resolve(request.name()).normalize();
        if (!file.startsWith(dir.normalize())) {
            throw new FileNotFoundException(request.name() + " is outside " + dir);
        }
        return Files.newInputStream(file);
    }
}

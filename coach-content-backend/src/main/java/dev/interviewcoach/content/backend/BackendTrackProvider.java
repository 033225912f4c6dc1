package dev.interviewcoach.content.backend;

import dev.interviewcoach.spi.DocumentRequest;
import dev.interviewcoach.spi.TrackProvider;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

/**
 * Supplies the {@code backend} track and its Go variant {@code backend-go} from this module's own
 * resources, so the module can stay encapsulated.
 *
 * @since 0.1
 */
public final class BackendTrackProvider implements TrackProvider {
    private static final Set<String> TRACKS = Set.of("backend", "backend-go");

    /** Creates the provider (called by {@link java.util.ServiceLoader}). */
    public BackendTrackProvider() {}

    @Override
    public Set<String> trackIds() {
        return TRACKS;
    }

    @Override
    public InputStream open(DocumentRequest request) throws IOException {
        if (!TRACKS.contains(request.trackId())) {
            throw new FileNotFoundException("this provider has no track '" + request.trackId() + "'");
        }
        InputStream in = BackendTrackProvider.class.getResourceAsStream(request.trackId() + "/" + request.name());
        if (in == null) {
            throw new FileNotFoundException("no document '" + request.name() + "' in track '" + request.trackId() + "'");
        }
        return in;
    }
}

package dev.interviewcoach.examples.content;

import dev.interviewcoach.spi.DocumentRequest;
import dev.interviewcoach.spi.TrackProvider;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

/**
 * A company's own challenges layered on the backend track: the track {@code acme-backend} names
 * {@code backend} as its base, adds a topic to the {@code http} concept and one document of Acme's
 * questions. The coach loads the base from its own provider; this one serves only Acme's documents.
 *
 * @since 0.1
 */
public final class AcmeTrackProvider implements TrackProvider {
    /** The layered track. */
    public static final String TRACK = "acme-backend";

    /** Creates the provider (called by ServiceLoader). */
    public AcmeTrackProvider() {}

    @Override
    public Set<String> trackIds() {
        return Set.of(TRACK);
    }

    @Override
    public InputStream open(DocumentRequest request) throws IOException {
        InputStream in = AcmeTrackProvider.class.getResourceAsStream(request.trackId() + "/" + request.name());
        if (in == null) {
            throw new FileNotFoundException("no document '" + request.name() + "' in track '" + request.trackId() + "'");
        }
        return in;
    }
}

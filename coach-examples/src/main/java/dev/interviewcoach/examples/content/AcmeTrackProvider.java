package dev.interviewcoach.examples.content;

import dev.interviewcoach.spi.DocumentRequest;
import dev.interviewcoach.spi.TrackProvider;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

/**
 * A company's own challenges layered on the backend track: the track {@code acme-backend} names
 * {@code backend} as its base, adds a concept of its own ({@code payments}, a challenge on every rung),
 * a topic on the {@code http} concept with Acme's webhook question, replaces the base's status-code
 * question with Acme's wording ({@code override}) and leaves out the question on CORS ({@code retire}).
 *
 * <p>The host passes this provider to {@code TrackLoader.discover(new AcmeTrackProvider())}, which
 * finds the base track through discovery; this provider serves only Acme's documents.
 *
 * @since 0.1
 */
public final class AcmeTrackProvider implements TrackProvider {
    /** The layered track. */
    public static final String TRACK = "acme-backend";

    /** Creates the provider. */
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

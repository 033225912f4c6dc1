package dev.interviewcoach.core;

import dev.interviewcoach.spi.DocumentRequest;
import dev.interviewcoach.spi.TrackProvider;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

/** Serves the layering fixtures' base track from the test class path; registered for ServiceLoader discovery. */
public final class DiscoveredBaseProvider implements TrackProvider {
    static final String TRACK = "fixture-base";

    /** Creates the provider (called by ServiceLoader). */
    public DiscoveredBaseProvider() {}

    @Override
    public Set<String> trackIds() {
        return Set.of(TRACK);
    }

    @Override
    public InputStream open(DocumentRequest request) throws IOException {
        InputStream in = request.trackId().equals(TRACK)
                ? DiscoveredBaseProvider.class.getResourceAsStream("/fixtures/layering/base/" + request.name()) : null;
        if (in == null) {
            throw new FileNotFoundException(request.trackId() + "/" + request.name());
        }
        return in;
    }
}

package dev.interviewcoach.cli.internal;

import dev.interviewcoach.spi.DocumentRequest;
import dev.interviewcoach.spi.TrackProvider;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

/** A test track whose every question is on the pressure rung: the backend track's HTTP pressure questions. */
public final class PressureDrillProvider implements TrackProvider {
    static final String TRACK = "pressure-drill";

    /** Creates the provider (called by ServiceLoader). */
    public PressureDrillProvider() {}

    @Override
    public Set<String> trackIds() {
        return Set.of(TRACK);
    }

    @Override
    public InputStream open(DocumentRequest request) throws IOException {
        String path = request.name().equals(DocumentRequest.MANIFEST)
                ? "pressure-drill/track.yaml"
                : "dev/interviewcoach/content/backend/backend/" + request.name();
        InputStream in = ClassLoader.getSystemResourceAsStream(path);
        if (in == null) {
            throw new FileNotFoundException(path);
        }
        return in;
    }
}

package dev.interviewcoach.spi;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

/**
 * Supplies the YAML documents of one or more tracks; core parses and validates them.
 *
 * <p>The provider opens its own documents (typically with {@code getClass().getResourceAsStream}),
 * so a content module can keep its resources encapsulated and export nothing. Each track has a
 * manifest, {@value DocumentRequest#MANIFEST}, that lists its other documents by name. The loader
 * also asks for {@code track.snapshot}, a snapshot of the track a content module may ship beside its
 * manifest (see {@code TrackSnapshots} in coach-core); a provider without one answers as for any
 * document it does not have.
 *
 * @since 0.1
 */
public interface TrackProvider {
    /**
     * The ids of the tracks this provider supplies.
     *
     * @return the track ids
     */
    Set<String> trackIds();

    /**
     * Opens one document of a track.
     *
     * @param request the track and document name
     * @return the document's bytes (UTF-8 YAML); the caller closes it
     * @throws IOException when the document does not exist or cannot be read
     */
    InputStream open(DocumentRequest request) throws IOException;
}

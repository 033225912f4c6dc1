package dev.interviewcoach.spi;

import java.util.Objects;

/**
 * Which document of a track to open.
 *
 * @param trackId the track
 * @param name the document name relative to the track, e.g. {@code track.yaml} or {@code http/define.yaml}
 * @since 0.1
 */
public record DocumentRequest(String trackId, String name) {
    /** The name of every track's manifest document. */
    public static final String MANIFEST = "track.yaml";

    /** Validates the components; names may not climb out of the track. */
    public DocumentRequest {
        Objects.requireNonNull(trackId, "trackId");
        Objects.requireNonNull(name, "name");
        if (name.isBlank() || name.startsWith("/") || name.contains("..") || name.contains("\\")) {
            throw new IllegalArgumentException("bad document name '" + name + "'");
        }
    }
}

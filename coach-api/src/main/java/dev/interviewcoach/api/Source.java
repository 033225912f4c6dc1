package dev.interviewcoach.api;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the facts of a challenge can be checked.
 *
 * @param title what the source is, e.g. "RFC 9110 section 9.2.2"
 * @param url where to read it
 * @since 0.1
 */
public record Source(String title, Optional<URI> url) {
    /** Validates the components. */
    public Source {
        Require.nonBlank(title, "title");
        Objects.requireNonNull(url, "url");
    }
}

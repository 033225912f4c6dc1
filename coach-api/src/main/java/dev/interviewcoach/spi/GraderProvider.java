package dev.interviewcoach.spi;

import java.util.Set;

/**
 * Builds graders by name; found through {@link java.util.ServiceLoader} when discovery is enabled.
 *
 * @since 0.1
 */
public interface GraderProvider {
    /**
     * The grader names this provider can build.
     *
     * @return the names
     */
    Set<String> names();

    /**
     * Builds a grader.
     *
     * @param spec the name (one of {@link #names()}) and configuration
     * @return a new grader
     * @throws IllegalArgumentException when the name or configuration is not supported
     */
    Grader create(GraderSpec spec);
}

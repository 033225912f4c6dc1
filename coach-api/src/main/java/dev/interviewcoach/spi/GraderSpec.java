package dev.interviewcoach.spi;

import java.util.Map;
import java.util.Optional;

/**
 * What a {@link GraderProvider} is asked to build: a grader name and its configuration.
 *
 * @param name the grader name, e.g. {@code rubric}
 * @param properties configuration as strings
 * @since 0.1
 */
public record GraderSpec(String name, Map<String, String> properties) {
    /** Validates the components and copies the map. */
    public GraderSpec {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        properties = Map.copyOf(properties);
    }

    /**
     * A spec with no properties.
     *
     * @param name the grader name
     * @return the spec
     */
    public static GraderSpec of(String name) {
        return new GraderSpec(name, Map.of());
    }

    /**
     * One property.
     *
     * @param key the property name
     * @return its value, or empty
     */
    public Optional<String> property(String key) {
        return Optional.ofNullable(properties.get(key));
    }
}

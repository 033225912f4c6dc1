package dev.interviewcoach.spi;

import dev.interviewcoach.api.CoachException;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

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

    /**
     * One property as a whole number; a provider reads its numbers through this so a bad value is a
     * clear {@link CoachException} naming the grader, the property and the value.
     *
     * @param key the property name
     * @return its value, or empty when absent
     * @throws CoachException when the value is not a whole number
     */
    public OptionalInt intProperty(String key) {
        var value = property(key);
        if (value.isEmpty()) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(Integer.parseInt(value.get().strip()));
        } catch (NumberFormatException e) {
            throw invalid(key, "is not a whole number");
        }
    }

    /**
     * One property as a finite decimal number.
     *
     * @param key the property name
     * @return its value, or empty when absent
     * @throws CoachException when the value is not a finite number
     */
    public OptionalDouble doubleProperty(String key) {
        var value = property(key);
        if (value.isEmpty()) {
            return OptionalDouble.empty();
        }
        try {
            double d = Double.parseDouble(value.get().strip());
            if (!Double.isFinite(d)) {
                throw invalid(key, "is not a finite number");
            }
            return OptionalDouble.of(d);
        } catch (NumberFormatException e) {
            throw invalid(key, "is not a number");
        }
    }

    /**
     * The error for a property a provider cannot use: names the grader, the property, its value and why.
     *
     * @param key the property name
     * @param why what is wrong with it, e.g. {@code "must be positive"}
     * @return the exception to throw
     */
    public CoachException invalid(String key, String why) {
        return new CoachException("grader '" + name + "': property '" + key + "' = '" + properties.get(key) + "' " + why);
    }
}

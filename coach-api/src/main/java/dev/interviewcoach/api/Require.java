package dev.interviewcoach.api;

import java.util.Collection;
import java.util.Objects;

/** Argument checks shared by the model's compact constructors. */
final class Require {
    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9._#-]*");

    private Require() {}

    static String nonBlank(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }

    static String id(String value, String name) {
        nonBlank(value, name);
        if (!ID.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    name + " '" + value + "' must be lowercase letters, digits, '.', '-', '_' or '#'");
        }
        return value;
    }

    static double unit(double value, String name) {
        if (!(value >= 0.0 && value <= 1.0)) {
            throw new IllegalArgumentException(name + " must be in [0, 1], was " + value);
        }
        return value;
    }

    static <T extends Collection<?>> T nonEmpty(T values, String name) {
        Objects.requireNonNull(values, name);
        if (values.isEmpty()) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
        return values;
    }
}

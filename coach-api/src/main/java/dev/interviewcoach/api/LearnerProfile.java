package dev.interviewcoach.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a learner told the coach about themselves.
 *
 * @param targetRole the role they prepare for, e.g. "junior backend developer"
 * @param stack languages and frameworks they work in
 * @param interviewDate when their interview is, if known
 * @param preferences free-form preferences for host applications
 * @since 0.1
 */
public record LearnerProfile(
        Optional<String> targetRole, List<String> stack, Optional<LocalDate> interviewDate, Map<String, String> preferences) {
    /** Validates the components and copies the collections. */
    public LearnerProfile {
        Objects.requireNonNull(targetRole, "targetRole");
        stack = List.copyOf(stack);
        Objects.requireNonNull(interviewDate, "interviewDate");
        preferences = Map.copyOf(preferences);
    }

    /**
     * A profile with nothing filled in.
     *
     * @return the empty profile
     */
    public static LearnerProfile empty() {
        return new LearnerProfile(Optional.empty(), List.of(), Optional.empty(), Map.of());
    }
}

package dev.interviewcoach.api;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a learner told the coach about themselves and how they want to practise; stored with the
 * learner's state and read by progression.
 *
 * <pre>{@code
 * session.updateProfile(p -> p.withInterviewDate(LocalDate.of(2027, 1, 15))
 *         .withFocusConcepts(List.of("caching")).withPressure(false));
 * }</pre>
 *
 * <p>Each optional field has a {@code withX(..)} that sets it and a {@code withoutX()} that clears it;
 * a list is cleared by giving it empty.
 *
 * @param targetRole the role they prepare for, e.g. "junior backend developer"
 * @param stack languages and frameworks they work in
 * @param interviewDate when their interview is, if known
 * @param preferences free-form preferences for host applications
 * @param trackVariant the variant of the track they prepare on (e.g. {@code backend-go}), if any; a
 *     host opens sessions on it to reach the variant's extra concepts (the coach keeps it for the host
 *     as given and does not check that such a track is loaded)
 * @param sessionLength how long they want a practice session to be, if they said
 * @param pressure whether time limits and word budgets count: when on (the default) an answer over
 *     the limit or the budget gives less evidence; when off they are only reported
 * @param focusConceptIds concepts to practise first (e.g. a company's own), empty for no focus
 * @param focusTopicIds topics to practise first, empty for no focus
 * @since 0.1
 */
public record LearnerProfile(
        Optional<String> targetRole,
        List<String> stack,
        Optional<LocalDate> interviewDate,
        Map<String, String> preferences,
        Optional<String> trackVariant,
        Optional<Duration> sessionLength,
        boolean pressure,
        List<String> focusConceptIds,
        List<String> focusTopicIds) {
    /** Validates the components and copies the collections. */
    public LearnerProfile {
        Objects.requireNonNull(targetRole, "targetRole");
        stack = List.copyOf(stack);
        Objects.requireNonNull(interviewDate, "interviewDate");
        preferences = Map.copyOf(preferences);
        Objects.requireNonNull(trackVariant, "trackVariant");
        trackVariant.ifPresent(v -> Require.id(v, "trackVariant"));
        Objects.requireNonNull(sessionLength, "sessionLength");
        sessionLength.ifPresent(d -> {
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("sessionLength must be positive");
            }
        });
        focusConceptIds = List.copyOf(focusConceptIds);
        focusTopicIds = List.copyOf(focusTopicIds);
    }

    /**
     * A profile of the first four fields, with no variant, no session length, pressure on and no focus.
     *
     * @param targetRole the role
     * @param stack the stack
     * @param interviewDate the interview date
     * @param preferences free-form preferences
     */
    public LearnerProfile(Optional<String> targetRole, List<String> stack, Optional<LocalDate> interviewDate,
            Map<String, String> preferences) {
        this(targetRole, stack, interviewDate, preferences, Optional.empty(), Optional.empty(), true, List.of(),
                List.of());
    }

    /**
     * A profile with nothing filled in (pressure on).
     *
     * @return the empty profile
     */
    public static LearnerProfile empty() {
        return new LearnerProfile(Optional.empty(), List.of(), Optional.empty(), Map.of());
    }

    /**
     * A copy with a target role.
     *
     * @param role the role
     * @return the copy
     */
    public LearnerProfile withTargetRole(String role) {
        return new LearnerProfile(Optional.of(Require.nonBlank(role, "role")), stack, interviewDate, preferences,
                trackVariant, sessionLength, pressure, focusConceptIds, focusTopicIds);
    }

    /**
     * A copy without a target role.
     *
     * @return the copy
     * @since 0.1
     */
    public LearnerProfile withoutTargetRole() {
        return new LearnerProfile(Optional.empty(), stack, interviewDate, preferences, trackVariant, sessionLength,
                pressure, focusConceptIds, focusTopicIds);
    }

    /**
     * A copy with an interview date.
     *
     * @param date the date
     * @return the copy
     */
    public LearnerProfile withInterviewDate(LocalDate date) {
        return new LearnerProfile(targetRole, stack, Optional.of(Objects.requireNonNull(date, "date")), preferences,
                trackVariant, sessionLength, pressure, focusConceptIds, focusTopicIds);
    }

    /**
     * A copy without an interview date (the interview was cancelled, or its new date is not known yet).
     *
     * @return the copy
     * @since 0.1
     */
    public LearnerProfile withoutInterviewDate() {
        return new LearnerProfile(targetRole, stack, Optional.empty(), preferences, trackVariant, sessionLength,
                pressure, focusConceptIds, focusTopicIds);
    }

    /**
     * A copy with the languages and frameworks the learner works in.
     *
     * @param languagesAndFrameworks e.g. {@code ["Java", "Spring Boot"]}
     * @return the copy
     * @since 0.1
     */
    public LearnerProfile withStack(List<String> languagesAndFrameworks) {
        return new LearnerProfile(targetRole, languagesAndFrameworks, interviewDate, preferences, trackVariant,
                sessionLength, pressure, focusConceptIds, focusTopicIds);
    }

    /**
     * A copy with the host's free-form preferences, replacing those held.
     *
     * @param hostPreferences keys and values the host application keeps for the learner
     * @return the copy
     * @since 0.1
     */
    public LearnerProfile withPreferences(Map<String, String> hostPreferences) {
        return new LearnerProfile(targetRole, stack, interviewDate, hostPreferences, trackVariant, sessionLength,
                pressure, focusConceptIds, focusTopicIds);
    }

    /**
     * A copy with a track variant.
     *
     * @param variantTrackId the variant's track id, e.g. {@code backend-go}
     * @return the copy
     */
    public LearnerProfile withTrackVariant(String variantTrackId) {
        return new LearnerProfile(targetRole, stack, interviewDate, preferences,
                Optional.of(Require.id(variantTrackId, "variantTrackId")), sessionLength, pressure, focusConceptIds,
                focusTopicIds);
    }

    /**
     * A copy without a track variant.
     *
     * @return the copy
     * @since 0.1
     */
    public LearnerProfile withoutTrackVariant() {
        return new LearnerProfile(targetRole, stack, interviewDate, preferences, Optional.empty(), sessionLength,
                pressure, focusConceptIds, focusTopicIds);
    }

    /**
     * A copy with a session length.
     *
     * @param length the length, positive
     * @return the copy
     */
    public LearnerProfile withSessionLength(Duration length) {
        return new LearnerProfile(targetRole, stack, interviewDate, preferences, trackVariant,
                Optional.of(Objects.requireNonNull(length, "length")), pressure, focusConceptIds, focusTopicIds);
    }

    /**
     * A copy without a session length.
     *
     * @return the copy
     * @since 0.1
     */
    public LearnerProfile withoutSessionLength() {
        return new LearnerProfile(targetRole, stack, interviewDate, preferences, trackVariant, Optional.empty(),
                pressure, focusConceptIds, focusTopicIds);
    }

    /**
     * A copy with pressure on or off.
     *
     * @param on whether time limits and word budgets count
     * @return the copy
     */
    public LearnerProfile withPressure(boolean on) {
        return new LearnerProfile(targetRole, stack, interviewDate, preferences, trackVariant, sessionLength, on,
                focusConceptIds, focusTopicIds);
    }

    /**
     * A copy focused on some concepts.
     *
     * @param conceptIds the concepts, empty for no focus
     * @return the copy
     */
    public LearnerProfile withFocusConcepts(List<String> conceptIds) {
        return new LearnerProfile(targetRole, stack, interviewDate, preferences, trackVariant, sessionLength, pressure,
                conceptIds, focusTopicIds);
    }

    /**
     * A copy focused on some topics.
     *
     * @param topicIds the topics, empty for no focus
     * @return the copy
     */
    public LearnerProfile withFocusTopics(List<String> topicIds) {
        return new LearnerProfile(targetRole, stack, interviewDate, preferences, trackVariant, sessionLength, pressure,
                focusConceptIds, topicIds);
    }
}
